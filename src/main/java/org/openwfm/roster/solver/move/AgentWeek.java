package org.openwfm.roster.solver.move;

import java.util.List;
import java.util.function.ToLongFunction;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/** One agent's days in order, as a week re-plan sees them: what each day may take and what it has now. */
record AgentWeek(PlanningAgent agent, List<ShiftAssignment> days) {

    /** The best week at the given worth per shift ({@link AgentWeekPlanner}); null when no week keeps the limits. */
    ShiftOption[] best(ToLongFunction<ShiftOption> worth, int grainMinutes) {
        return AgentWeekPlanner.bestWeek(
                days.stream().map(AgentWeek::choices).toList(), mustWork(), agent.terms(), grainMinutes, worth, 1);
    }

    ShiftOption[] current() {
        return days.stream().map(ShiftAssignment::getOption).toArray(ShiftOption[]::new);
    }

    /**
     * Whether there is anything to re-plan: not every day pinned (a published week kept as it is) or without options.
     */
    boolean replannable() {
        return days.stream()
                .anyMatch(day -> !day.isPinned() && !day.getOptions().isEmpty());
    }

    /** What a day may take: a pinned day only what it has (nothing, if pinned off), any other day its options. */
    private static List<ShiftOption> choices(ShiftAssignment day) {
        if (!day.isPinned()) {
            return day.getOptions();
        }
        return day.getOption() == null ? List.of() : List.of(day.getOption());
    }

    private boolean[] mustWork() {
        boolean[] mustWork = new boolean[days.size()];
        for (int d = 0; d < mustWork.length; d++) {
            mustWork[d] = days.get(d).isPinned() && days.get(d).getOption() != null;
        }
        return mustWork;
    }
}

package org.openwfm.roster.solver.move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * One agent's days in order, as a week re-plan sees them: what each day may take and what it has now, and the
 * sessions (meetings, coaching, training) the agent attends inside its shifts, which a re-plan keeps inside them.
 */
record AgentWeek(PlanningAgent agent, List<ShiftAssignment> days, List<ActivityAssignment> sessions) {

    /** Every agent's week that has something to re-plan, in the roster's order (so a seeded run picks the same). */
    static List<AgentWeek> replannableOf(Roster roster) {
        Map<PlanningAgent, List<ShiftAssignment>> byAgent = new LinkedHashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            byAgent.computeIfAbsent(day.getAgent(), agent -> new ArrayList<>()).add(day);
        }
        Map<PlanningAgent, List<ActivityAssignment>> sessionsByAgent = new HashMap<>();
        for (ActivityAssignment session : roster.getActivities()) {
            if (session.isInShift()) {
                session.getAttendees()
                        .forEach(agent -> sessionsByAgent
                                .computeIfAbsent(agent, any -> new ArrayList<>())
                                .add(session));
            }
        }
        List<AgentWeek> weeks = new ArrayList<>();
        byAgent.forEach((agent, own) -> {
            own.sort(Comparator.comparingInt(ShiftAssignment::getDayIndex));
            AgentWeek week = new AgentWeek(agent, own, sessionsByAgent.getOrDefault(agent, List.of()));
            if (week.replannable()) {
                weeks.add(week);
            }
        });
        return weeks;
    }

    /** The best week at the given worth per shift ({@link AgentWeekPlanner}); null when no week keeps the limits. */
    ShiftOption[] best(ToLongFunction<ShiftOption> worth, int grainMinutes) {
        List<List<ActivityAssignment>> held = heldSessions();
        List<List<ShiftOption>> choices = new ArrayList<>(days.size());
        boolean[] mustWork = mustWork();
        for (int d = 0; d < days.size(); d++) {
            choices.add(holding(choices(days.get(d)), held.get(d)));
            mustWork[d] |= !held.get(d).isEmpty();
        }
        return AgentWeekPlanner.bestWeek(choices, mustWork, agent.terms(), grainMinutes, worth, 1);
    }

    /** Per day, the placed sessions its shift holds now: whatever the day takes must still hold them. */
    private List<List<ActivityAssignment>> heldSessions() {
        List<List<ActivityAssignment>> held = new ArrayList<>(days.size());
        for (ShiftAssignment day : days) {
            held.add(
                    day.getOption() == null
                            ? List.of()
                            : sessions.stream()
                                    .filter(ActivityAssignment::isPlaced)
                                    .filter(session -> session.isCoveredBy(day))
                                    .toList());
        }
        return held;
    }

    /** The options that run through every session given. */
    private static List<ShiftOption> holding(List<ShiftOption> options, List<ActivityAssignment> sessions) {
        if (sessions.isEmpty()) {
            return options;
        }
        return options.stream()
                .filter(option -> sessions.stream().allMatch(session -> option.covers(session.start(), session.end())))
                .toList();
    }

    /** Whether none of its days that may change has a shift yet. */
    boolean unplanned() {
        return days.stream().allMatch(day -> day.isPinned() || day.getOption() == null);
    }

    /** How many shifts the week could choose from: the fewer, the less it can adapt to the others. */
    int optionCount() {
        return days.stream().mapToInt(day -> choices(day).size()).sum();
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

package org.openwfm.roster.solver.move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * Where a session may go and what it takes: for a start, the weeks its attendees need so that each is on one shift
 * through the whole session. An attendee already so stays as it is; another gets the week nearest to the one it works
 * now that holds the session, its other sessions and its contract ({@link AgentWeek#bestHolding}: weekly maximum,
 * rest and days in a row, exactly). The score judges the rest, coverage first.
 */
final class ActivityFit {

    /** Keeping a day's shift is worth more than any change of it. */
    private static final long KEEP = 1_000_000;
    /** A shift on another channel is a larger change than any move of start or length within a week. */
    private static final long OTHER_CHANNEL = 10_000;
    /** A break inside the session moves after solving: worse than any move of the shift, better than a new channel. */
    private static final long BREAK_INSIDE = 1_000;

    private final int grainMinutes;
    private final Map<PlanningAgent, AgentWeek> weeks = new HashMap<>();

    ActivityFit(Roster roster) {
        this.grainMinutes = roster.getGrainMinutes();
        AgentWeek.allOf(roster).forEach(week -> weeks.put(week.agent(), week));
    }

    /**
     * The move that puts the session at {@code start} with the shift changes it needs; null when an attendee has no
     * week that could hold it (its days pinned, no option through the session, or none within its contract).
     */
    ActivityMove at(ActivityAssignment session, int start) {
        List<RerosterMove.Change> changes = new ArrayList<>();
        if (session.isInShift()) {
            int end = start + session.length();
            for (PlanningAgent agent : session.getAttendees()) {
                AgentWeek week = weeks.get(agent);
                if (week == null) {
                    return null;
                }
                if (holds(week, start, end)) {
                    continue;
                }
                ShiftOption[] planned = week.bestHolding(nearTo(week, start, end), grainMinutes, session, start, end);
                if (planned == null) {
                    return null;
                }
                for (int d = 0; d < planned.length; d++) {
                    ShiftAssignment day = week.days().get(d);
                    if (!day.isPinned() && day.getOption() != planned[d]) {
                        changes.add(new RerosterMove.Change(day, planned[d]));
                    }
                }
            }
        }
        return new ActivityMove(session, start, changes);
    }

    private static boolean holds(AgentWeek week, int start, int end) {
        return week.days().stream()
                .anyMatch(day -> day.getOption() != null && day.getOption().covers(start, end));
    }

    /**
     * What each option of the week is worth to a week that should change as little as it can: a day's own shift the
     * most, another option of a working day the less the further it moves, and a shift on a day off a loss, so that
     * the session adds a shift only where no working day can hold it.
     */
    private static java.util.function.ToLongFunction<ShiftOption> nearTo(AgentWeek week, int start, int end) {
        Map<ShiftOption, ShiftOption> currentOfDay = new IdentityHashMap<>();
        for (ShiftAssignment day : week.days()) {
            day.getOptions().forEach(option -> currentOfDay.put(option, day.getOption()));
        }
        return option -> {
            ShiftOption current = currentOfDay.get(option);
            long breakInside = option.breakMinutesWithin(start, end) > 0 ? BREAK_INSIDE : 0;
            if (current == null) {
                return -option.length() - breakInside;
            }
            if (current == option) {
                return KEEP;
            }
            return KEEP / 2
                    - (current.channel().equals(option.channel()) ? 0 : OTHER_CHANNEL)
                    - Math.abs(current.start() - option.start())
                    - Math.abs(current.end() - option.end())
                    - breakInside;
        };
    }

    /** Sessions by how hard they are to place: the highest priority, then the fewest starts, first. */
    static Comparator<ActivityAssignment> hardestFirst() {
        return Comparator.comparingInt(ActivityAssignment::getPriority)
                .reversed()
                .thenComparingInt(session -> session.getStarts().size())
                .thenComparing(ActivityAssignment::getId);
    }
}

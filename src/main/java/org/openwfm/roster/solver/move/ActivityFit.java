package org.openwfm.roster.solver.move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * Where a session may go and what it takes: for a start, the shifts its attendees need so that each is on shift
 * through the whole session. An attendee already so stays as it is; another gets the shift nearest to what it works
 * now that holds the session and the other sessions its shift holds, one whose breaks fall clear of the session if
 * there is one. The score judges the rest.
 */
final class ActivityFit {

    /** A shift on another channel is a larger change than any move of start or length within a week. */
    private static final int OTHER_CHANNEL = 10_000;
    /** A break inside the session moves after solving: worse than any move of the shift, better than a new channel. */
    private static final int BREAK_INSIDE = 1_000;

    private final Map<PlanningAgent, List<ShiftAssignment>> days = new HashMap<>();
    private final Map<PlanningAgent, List<ActivityAssignment>> sessions = new HashMap<>();

    ActivityFit(Roster roster) {
        for (ShiftAssignment day : roster.getAssignments()) {
            days.computeIfAbsent(day.getAgent(), agent -> new ArrayList<>()).add(day);
        }
        for (ActivityAssignment session : roster.getActivities()) {
            session.getAttendees()
                    .forEach(agent -> sessions.computeIfAbsent(agent, any -> new ArrayList<>())
                            .add(session));
        }
    }

    /**
     * The move that puts the session at {@code start} with the shift changes it needs; null when an attendee has no
     * shift that could hold it (a pinned day, or no option through the session).
     */
    ActivityMove at(ActivityAssignment session, int start) {
        List<RerosterMove.Change> changes = new ArrayList<>();
        if (session.isInShift()) {
            int end = start + session.length();
            for (PlanningAgent agent : session.getAttendees()) {
                if (holds(agent, start, end)) {
                    continue;
                }
                RerosterMove.Change change = nearestHolding(agent, session, start, end);
                if (change == null) {
                    return null;
                }
                changes.add(change);
            }
        }
        return new ActivityMove(session, start, changes);
    }

    private boolean holds(PlanningAgent agent, int start, int end) {
        return days.getOrDefault(agent, List.of()).stream().anyMatch(day -> holds(day.getOption(), start, end));
    }

    private static boolean holds(ShiftOption option, int start, int end) {
        return option != null && option.covers(start, end);
    }

    /** Of the agent's days that may change, the option nearest to the day's own that holds everything it must. */
    private RerosterMove.Change nearestHolding(PlanningAgent agent, ActivityAssignment session, int start, int end) {
        RerosterMove.Change best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ShiftAssignment day : days.getOrDefault(agent, List.of())) {
            if (day.isPinned()) {
                continue;
            }
            List<ActivityAssignment> alsoHeld = otherSessionsHeld(agent, session, day);
            ShiftOption current = day.getOption();
            for (ShiftOption option : day.getOptions()) {
                if (!holds(option, start, end)
                        || !alsoHeld.stream().allMatch(other -> holds(option, other.start(), other.end()))) {
                    continue;
                }
                int distance = distance(current, option, start, end)
                        + (option.breakMinutesWithin(start, end) > 0 ? BREAK_INSIDE : 0);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new RerosterMove.Change(day, option);
                }
            }
        }
        return best;
    }

    /** The agent's other placed sessions inside the day's shift now, which the new shift must keep holding. */
    private List<ActivityAssignment> otherSessionsHeld(
            PlanningAgent agent, ActivityAssignment session, ShiftAssignment day) {
        if (day.getOption() == null) {
            return List.of();
        }
        return sessions.getOrDefault(agent, List.of()).stream()
                .filter(other -> other != session && other.isPlaced() && other.isInShift())
                .filter(other -> other.isCoveredBy(day))
                .toList();
    }

    /**
     * How far an option is from the day's shift: intervals its start and end move, and a channel change above all.
     * A day off takes the shortest option centred on the session, so a session adds as few paid hours as it can.
     */
    private static int distance(ShiftOption current, ShiftOption option, int start, int end) {
        if (current == null) {
            return option.length() * 4 + Math.abs(option.start() + option.end() - start - end);
        }
        return (current.channel().equals(option.channel()) ? 0 : OTHER_CHANNEL)
                + Math.abs(current.start() - option.start())
                + Math.abs(current.end() - option.end());
    }

    /** Sessions by how hard they are to place: the highest priority, then the fewest starts, first. */
    static Comparator<ActivityAssignment> hardestFirst() {
        return Comparator.comparingInt(ActivityAssignment::getPriority)
                .reversed()
                .thenComparingInt(session -> session.getStarts().size())
                .thenComparing(ActivityAssignment::getId);
    }
}

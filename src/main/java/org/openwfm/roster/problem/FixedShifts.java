package org.openwfm.roster.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * A published week kept whole while its sessions are placed on it (a schedule request's {@code sessionsOnly}): every
 * agent-day keeps what it has, its published shift or none, and each session may only start where the shifts as they
 * stand allow it. A session that must lie inside shifts starts only where every attendee is on a shift through all of
 * it and on none of its breaks; one that may extend a shift still starts where it likes (its time outside shifts is
 * paid on top), though clear of its attendees' breaks where it can be. A session left with no start says why.
 */
final class FixedShifts {

    private FixedShifts() {}

    /** Pins every agent-day: a published shift already is, every other day is pinned off, so no shift is added. */
    static void keepEveryDay(List<ShiftAssignment> days) {
        for (ShiftAssignment day : days) {
            if (!day.isPinned()) {
                day.setOption(null);
                day.setPinned(true);
            }
        }
    }

    /**
     * Narrows the starts of the sessions not fixed yet to those the kept shifts allow ({@link #keepEveryDay} first),
     * recording why where none is left.
     */
    static void narrow(PlannedSessions sessions, List<ShiftAssignment> days) {
        Map<PlanningAgent, List<ShiftOption>> shiftsOf = new HashMap<>();
        for (ShiftAssignment day : days) {
            if (day.getOption() != null) {
                shiftsOf.computeIfAbsent(day.getAgent(), any -> new ArrayList<>())
                        .add(day.getOption());
            }
        }
        for (ActivityAssignment session : sessions.assignments) {
            if (session.isPinned() || session.getStarts().isEmpty()) {
                continue;
            }
            if (session.isInShift()) {
                List<Integer> before = session.getStarts();
                session.keepStarts(start -> session.getAttendees().stream()
                        .allMatch(agent -> onShiftOffBreak(shiftsOf.get(agent), start, start + session.length())));
                if (session.getStarts().isEmpty()) {
                    sessions.unplaceable.put(
                            session.getId(),
                            whyNone(
                                    session,
                                    before,
                                    shiftsOf,
                                    PlannedSessions.windowText(sessions.sessions
                                            .get(session.getId())
                                            .window())));
                }
            } else if (session.getStarts().stream().anyMatch(start -> clearOfBreaks(session, shiftsOf, start))) {
                session.keepStarts(start -> clearOfBreaks(session, shiftsOf, start));
            }
        }
    }

    private static boolean onShiftOffBreak(List<ShiftOption> shifts, int from, int to) {
        return shifts != null
                && shifts.stream().anyMatch(shift -> shift.covers(from, to) && shift.breakMinutesWithin(from, to) == 0);
    }

    private static boolean clearOfBreaks(
            ActivityAssignment session, Map<PlanningAgent, List<ShiftOption>> shiftsOf, int start) {
        int end = start + session.length();
        return session.getAttendees().stream()
                .allMatch(agent -> shiftsOf.getOrDefault(agent, List.of()).stream()
                        .allMatch(shift -> shift.breakMinutesWithin(start, end) == 0));
    }

    /**
     * "A017 is on no published shift, off break, for 30 minutes at a time its people are all available in Mon–Fri
     * 09:00–17:00 (...)", naming every attendee who has none; when each has some, that they never are at once.
     */
    private static String whyNone(
            ActivityAssignment session,
            List<Integer> starts,
            Map<PlanningAgent, List<ShiftOption>> shiftsOf,
            String windowText) {
        List<String> never = session.getAttendees().stream()
                .filter(agent -> starts.stream()
                        .noneMatch(start -> onShiftOffBreak(shiftsOf.get(agent), start, start + session.length())))
                .map(PlanningAgent::id)
                .toList();
        String span = session.minutes() + " minutes";
        String kept = " (the week's shifts are kept as published)";
        if (!never.isEmpty()) {
            return names(never) + (never.size() == 1 ? " is" : " are")
                    + " on no published shift, off break, for " + span
                    + " at a time its people are all available in " + windowText + kept;
        }
        List<String> everyone =
                session.getAttendees().stream().map(PlanningAgent::id).toList();
        return names(everyone) + " are never on their published shifts, off break, at once for " + span + " in "
                + windowText + kept;
    }

    /** "A006", "A006 and A013", "A006, A013 and A015". */
    private static String names(List<String> ids) {
        return ids.size() == 1
                ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}

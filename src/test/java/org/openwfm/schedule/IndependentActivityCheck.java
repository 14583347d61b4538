package org.openwfm.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a schedule's sessions against its shifts as the API gives them (JSON maps), with its own arithmetic and none
 * of the solver's code: every attendee of a session that must lie in shifts is on one shift through all of it and on
 * no break, and nobody (agent or supervisor) is in two sessions at once. Returns every break of those rules.
 */
final class IndependentActivityCheck {

    private final Map<String, List<Map<String, Object>>> shiftsByAgent = new HashMap<>();

    IndependentActivityCheck(List<Map<String, Object>> shifts) {
        shifts.forEach(shift -> shiftsByAgent
                .computeIfAbsent((String) shift.get("agentId"), any -> new ArrayList<>())
                .add(shift));
    }

    /** @param inShift whether a session must lie inside its attendees' shifts (by key) */
    List<String> violations(List<Map<String, Object>> sessions, Map<String, Boolean> inShift) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> session : sessions) {
            Instant start = instant(session.get("start"));
            Instant end = instant(session.get("end"));
            for (String agentId : agents(session)) {
                Map<String, Object> shift = shiftThrough(agentId, start, end);
                if (shift == null) {
                    if (inShift.getOrDefault((String) session.get("key"), true)) {
                        found.add(agentId + " is on no shift through " + session.get("name") + " at " + start);
                    }
                    continue;
                }
                for (Map<String, Object> pause : breaks(shift)) {
                    if (instant(pause.get("start")).isBefore(end) && start.isBefore(instant(pause.get("end")))) {
                        found.add(agentId + " is on a break during " + session.get("name") + " at " + start);
                    }
                }
            }
        }
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                Map<String, Object> one = sessions.get(i);
                Map<String, Object> other = sessions.get(j);
                boolean atOnce = instant(one.get("start")).isBefore(instant(other.get("end")))
                        && instant(other.get("start")).isBefore(instant(one.get("end")));
                if (!atOnce) {
                    continue;
                }
                List<String> shared = new ArrayList<>(people(one));
                shared.retainAll(people(other));
                if (!shared.isEmpty()) {
                    found.add(shared + " in " + one.get("name") + " and " + other.get("name") + " at once");
                }
            }
        }
        return found;
    }

    /** Minutes an agent on the shift spends in sessions: the shift's channel loses it then. */
    static long sessionMinutesIn(Map<String, Object> shift, List<Map<String, Object>> sessions) {
        Instant from = instant(shift.get("start"));
        Instant to = instant(shift.get("end"));
        long seconds = 0;
        for (Map<String, Object> session : sessions) {
            if (agents(session).contains((String) shift.get("agentId"))) {
                long later = Math.max(
                        from.getEpochSecond(), instant(session.get("start")).getEpochSecond());
                long earlier = Math.min(
                        to.getEpochSecond(), instant(session.get("end")).getEpochSecond());
                seconds += Math.max(0, earlier - later);
            }
        }
        return seconds / 60;
    }

    private Map<String, Object> shiftThrough(String agentId, Instant start, Instant end) {
        return shiftsByAgent.getOrDefault(agentId, List.of()).stream()
                .filter(shift -> !instant(shift.get("start")).isAfter(start)
                        && !instant(shift.get("end")).isBefore(end))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> agents(Map<String, Object> session) {
        return (List<String>) session.get("agentIds");
    }

    private static List<String> people(Map<String, Object> session) {
        List<String> people = new ArrayList<>(agents(session));
        if (session.get("supervisorId") != null) {
            people.add("supervisor " + session.get("supervisorId"));
        }
        return people;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> breaks(Map<String, Object> shift) {
        return (List<Map<String, Object>>) shift.get("breaks");
    }

    private static Instant instant(Object text) {
        return Instant.parse((String) text);
    }
}

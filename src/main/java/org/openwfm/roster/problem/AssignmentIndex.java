package org.openwfm.roster.problem;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ShiftAssignment;

/** Finds the agent-day a shift belongs to: the agent's local date of the shift's start. */
final class AssignmentIndex {

    private final Map<String, ShiftAssignment> byAgentAndDate = new HashMap<>();
    private final Map<String, ZoneId> zones = new HashMap<>();

    AssignmentIndex(List<ShiftAssignment> assignments) {
        for (ShiftAssignment assignment : assignments) {
            byAgentAndDate.put(assignment.getAgent().id() + "/" + assignment.getDate(), assignment);
            zones.putIfAbsent(
                    assignment.getAgent().id(), ZoneId.of(assignment.getAgent().timeZone()));
        }
    }

    /** @return the assignment, or null when the agent is not in the roster or the day is outside it */
    ShiftAssignment find(String agentId, Instant start) {
        ZoneId zone = zones.get(agentId);
        return zone == null
                ? null
                : byAgentAndDate.get(agentId + "/" + start.atZone(zone).toLocalDate());
    }
}

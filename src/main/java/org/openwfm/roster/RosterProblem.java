package org.openwfm.roster;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.staffing.WeekStaffing;

/** A roster to solve and the staffing it was built from, which the KPIs read back. */
public record RosterProblem(Roster roster, Map<ChannelKey, WeekStaffing> staffing) {

    /**
     * Puts stored shifts back on the roster's assignments (agent, local day, same channel, start and
     * length among the day's options). Returns the shifts that no longer fit the current data.
     */
    public List<ScheduledShift> assign(List<ScheduledShift> shifts) {
        Map<String, ShiftAssignment> byAgentAndDate = new HashMap<>();
        roster.getAssignments().forEach(a -> byAgentAndDate.put(a.getAgent().id() + "/" + a.getDate(), a));
        Map<String, ZoneId> zones = new HashMap<>();
        roster.getAgents().forEach(agent -> zones.put(agent.id(), ZoneId.of(agent.timeZone())));
        List<ScheduledShift> unmatched = new ArrayList<>();
        long grainSeconds = roster.getGrainMinutes() * 60L;
        for (ScheduledShift shift : shifts) {
            int start = (int) ((shift.start().getEpochSecond() - roster.getHorizonStart().getEpochSecond()) / grainSeconds);
            int length = (int) ((shift.end().getEpochSecond() - shift.start().getEpochSecond()) / grainSeconds);
            ZoneId zone = zones.get(shift.agentId());
            ShiftAssignment assignment = zone == null ? null
                    : byAgentAndDate.get(shift.agentId() + "/" + shift.start().atZone(zone).toLocalDate());
            ShiftOption option = assignment == null ? null : assignment.getOptions().stream()
                    .filter(o -> o.channel().equals(shift.channel()) && o.start() == start && o.length() == length)
                    .findFirst().orElse(null);
            if (option == null) {
                unmatched.add(shift);
            } else {
                assignment.setOption(option);
            }
        }
        return unmatched;
    }
}

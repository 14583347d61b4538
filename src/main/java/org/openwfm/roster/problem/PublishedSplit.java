package org.openwfm.roster.problem;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.workforce.AgentProfile;

/**
 * What becomes of each published shift in a new plan of the week.
 *
 * @param pinned shifts the roster keeps where they are: on its channels, inside its horizon, one per agent-day
 * @param carried further shifts on its channels that day (claimed by the agent), returned as they are
 * @param elsewhere by agent, the shifts the roster neither pins nor re-plans: they only take their agent's time
 */
record PublishedSplit(
        List<ScheduledShift> pinned, List<ScheduledShift> carried, Map<String, List<ScheduledShift>> elsewhere) {

    /**
     * Published shifts this roster plans (its channels, inside its horizon) are pinned, one per agent-day as the model
     * holds, unless {@code replanPublished}; a second one that day (claimed by the agent) is carried over as it is.
     * All others only take their agent's time, with rest around them, and weekly hours in the horizon.
     */
    static PublishedSplit of(
            List<ScheduledShift> published,
            Set<ChannelKey> planned,
            Horizon horizon,
            boolean replanPublished,
            List<AgentProfile> agents) {
        List<ScheduledShift> kept = published.stream()
                .filter(s -> planned.contains(s.channel())
                        && !s.start().isBefore(horizon.start())
                        && !s.end().isAfter(horizon.end()))
                .toList();
        List<ScheduledShift> pinned = replanPublished ? List.of() : firstOfEachAgentDay(kept, agents);
        Set<ScheduledShift> replanned = new HashSet<>(replanPublished ? kept : pinned);
        List<ScheduledShift> carried = replanPublished
                ? List.of()
                : kept.stream().filter(s -> !replanned.contains(s)).toList();
        Map<String, List<ScheduledShift>> elsewhere = published.stream()
                .filter(s -> !replanned.contains(s))
                .collect(Collectors.groupingBy(ScheduledShift::agentId));
        return new PublishedSplit(pinned, carried, elsewhere);
    }

    /** The earliest of each agent's shifts per local day (the agent-day a shift belongs to is the date it starts). */
    private static List<ScheduledShift> firstOfEachAgentDay(List<ScheduledShift> shifts, List<AgentProfile> agents) {
        Map<String, ZoneId> zones =
                agents.stream().collect(Collectors.toMap(a -> a.id(), a -> ZoneId.of(a.timeZone())));
        Set<String> days = new HashSet<>();
        return shifts.stream()
                .sorted(Comparator.comparing(ScheduledShift::start))
                .filter(s -> zones.containsKey(s.agentId())
                        && days.add(s.agentId() + "/"
                                + s.start().atZone(zones.get(s.agentId())).toLocalDate()))
                .toList();
    }
}

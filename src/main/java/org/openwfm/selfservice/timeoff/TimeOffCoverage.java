package org.openwfm.selfservice.timeoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.StaffingService;
import org.openwfm.workforce.AgentProfile;

/**
 * What time off does to published weeks: the hours it takes out of the agent's published shifts, and whether every
 * interval they leave keeps enough agents. Agents and the requirement are counted as open seats count them
 * ({@code SeatOpening}): whole agents on shift on the channel and not in a session, against the requirement after
 * shrinkage from {@link StaffingService}.
 */
@ApplicationScoped
class TimeOffCoverage {

    /** No published shift is longer than this: shifts starting this long before the time off cannot reach it. */
    private static final Duration LONGEST_SHIFT = Duration.ofHours(24);

    @Inject
    PublishedWeeks published;

    @Inject
    ClientDirectory clients;

    @Inject
    StaffingService staffing;

    /** The hours the time off takes out of each of the agent's published shifts, in time order. */
    List<ShiftCut> cuts(AgentProfile agent, TimeSpan off, Instant now) {
        List<ShiftCut> cuts = new ArrayList<>();
        for (PublishedWeeks.Shift shift :
                published.shiftsOfAgent(agent.id(), off.start().minus(LONGEST_SHIFT), off.end())) {
            ChannelKey channel = shift.shift().channel();
            ChannelProfile rules = clients.get(channel.clientId())
                    .channel(channel.channel())
                    .orElseThrow(() -> ProblemException.conflict("Client '" + channel.clientId()
                            + "' no longer has the " + channel.channel() + " channel of shift " + shift.shiftId()
                            + "; a planner must re-plan the week first"));
            ShiftCut.of(shift, off, rules.intervalMinutes(), agent.terms().minShiftMinutes(), now)
                    .ifPresent(cuts::add);
        }
        return cuts;
    }

    /**
     * The first interval the cuts would leave below {@code share} of its required agents, worded for the agent and
     * the planner; empty when every interval keeps enough (or nothing is cut).
     */
    Optional<String> shortfall(String agentId, List<ShiftCut> cuts, double share) {
        Map<String, Map<Instant, Integer>> required = new HashMap<>();
        for (ShiftCut cut : cuts) {
            ChannelKey channel = cut.shift().shift().channel();
            ClientProfile client = clients.get(channel.clientId());
            ZoneId zone = ZoneId.of(client.timeZone());
            TimeSpan span = cut.span();
            List<ScheduledShift> onChannel = published.shiftsOnChannel(channel, span.start(), span.end());
            List<ScheduledActivity> sessions = published.activitiesOfAgents(
                    onChannel.stream().map(ScheduledShift::agentId).distinct().toList(), span.start(), span.end());
            long step = cut.grainMinutes() * 60L;
            for (Instant t = span.start(); t.isBefore(span.end()); t = t.plusSeconds(step)) {
                LocalDate week = Weeks.mondayOf(t, zone);
                int needed = required.computeIfAbsent(channel + " " + week, k -> requirement(channel, week))
                        .getOrDefault(t, 0);
                Instant from = t;
                Instant to = t.plusSeconds(step);
                List<String> present = onChannel.stream()
                        .filter(s -> !s.start().isAfter(from) && !s.end().isBefore(to))
                        .map(ScheduledShift::agentId)
                        .filter(agent -> sessions.stream().noneMatch(s -> s.attends(agent) && s.overlaps(from, to)))
                        .toList();
                int left = present.contains(agentId) ? present.size() - 1 : present.size();
                if (needed > 0 && left < share * needed - 1e-9) {
                    return Optional.of(channel + " " + t + " would fall to " + left + " of " + needed
                            + " required agents (auto-approval keeps " + Math.round(share * 100) + "%)");
                }
            }
        }
        return Optional.empty();
    }

    private Map<Instant, Integer> requirement(ChannelKey channel, LocalDate week) {
        Map<Instant, Integer> byStart = new HashMap<>();
        for (IntervalStaffing interval : staffing.weekStaffing(channel.clientId(), channel.channel(), week)
                .intervals()) {
            byStart.put(interval.start(), interval.requirement().agentsWithShrinkage());
        }
        return byStart;
    }
}

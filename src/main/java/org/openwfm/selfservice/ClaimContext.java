package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.TimeOff;
import org.openwfm.workforce.contract.AgentShifts;

/**
 * Everything the claim rules look at, gathered once: who claims, what, and what the agent already works.
 *
 * @param range  the hours claimed, on the grain
 * @param merged the shift the claim makes: the range joined with the agent's touching shifts on the same
 *               channel of the same week
 * @param others the agent's other published shifts around the claim (any client), without the joined ones
 * @param sessions the published sessions (meetings, coaching, training) that take the agent off contacts around the
 *                 claim
 */
record ClaimContext(
        Instant now,
        Claimant agent,
        SlotTerms slot,
        TimeSpan range,
        TimeSpan merged,
        List<ScheduledShift> others,
        List<ScheduledActivity> sessions,
        int cutoffMinutes) {

    /** The agent as the rules see it. */
    record Claimant(
            String agentId,
            ZoneId zone,
            Set<ChannelKey> certified,
            ContractTerms terms,
            int accessTier,
            int accessDelayMinutes,
            List<Availability> availability,
            List<TimeOff> timeOff) {

        /** Whether the interval starting at the instant lies in one of the agent's weekly windows, in its zone. */
        boolean availableAt(Instant start) {
            ZonedDateTime local = start.atZone(zone);
            int minute = local.getHour() * 60 + local.getMinute();
            return availability.stream()
                    .anyMatch(a ->
                            a.dayOfWeek == local.getDayOfWeek() && a.startMinute <= minute && minute < a.endMinute);
        }
    }

    /**
     * The client channel claimed.
     *
     * @param openAt   whether the channel takes contacts in the interval starting at an instant
     * @param openedAt per interval of the range that has open seats, when they opened
     */
    record SlotTerms(
            ChannelKey channel,
            ZoneId clientZone,
            int grainMinutes,
            Predicate<Instant> openAt,
            Map<Instant, Instant> openedAt) {}

    /** The interval starts of the claimed range. */
    List<Instant> intervals() {
        long step = slot.grainMinutes() * 60L;
        return java.util.stream.Stream.iterate(range.start(), t -> t.isBefore(range.end()), t -> t.plusSeconds(step))
                .toList();
    }

    /** The merged shift with the agent's other shifts, as the contract rules judge it. */
    AgentShifts work() {
        return new AgentShifts(
                agent.zone(),
                merged,
                others.stream().map(s -> new TimeSpan(s.start(), s.end())).toList());
    }
}

package org.openwfm.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;

/**
 * The claim and release rules as a shift trade asks them, so that a trade weighs the same named rules and words
 * the same reasons as a claim and a release, without a copy of them: the agent who takes hours keeps the claim's
 * rules (and its availability and time off), the agent who gives them keeps what a release leaves.
 */
public final class TradeRules {

    /** A trade's notice is its expiry, and a trade moves no seat: the release notice rule has nothing to say. */
    private static final Set<ReleaseRule> GIVER_SKIPS = EnumSet.of(ReleaseRule.RELEASE_NOTICE);

    private TradeRules() {}

    /**
     * What the agent breaks by taking the range on the channel, each violation naming the agent.
     *
     * @param shifts   the agent's published shifts around the range as they will be once the agent has given away
     *                 its own hours of the trade (a swap), in time order
     * @param sessions the agent's published sessions overlapping the range
     */
    public static List<Violation> forTaker(
            Instant now,
            AgentProfile agent,
            ChannelKey channel,
            int grainMinutes,
            long scheduleId,
            TimeSpan range,
            List<Shift> shifts,
            List<ScheduledActivity> sessions) {
        ClaimShape shape = ClaimShape.of(shifts, channel, scheduleId, range);
        // The taker's weekly hours are those in effect in the week of the hours, in its own zone.
        LocalDate week = Weeks.mondayOf(range.start(), ZoneId.of(agent.timeZone()));
        ClaimContext context = new ClaimContext(
                now,
                Claimants.untiered(agent.forWeek(week)),
                new ClaimContext.SlotTerms(channel, ZoneOffset.UTC, grainMinutes, t -> true, Map.of()),
                range,
                shape.merged(),
                shape.others(),
                sessions,
                0);
        return ClaimRule.broken(context, ClaimRule.CLAIM_ONLY).stream()
                .map(v -> v.of(agent.id()))
                .toList();
    }

    /**
     * What the agent breaks by giving the range of its shift away: what is left must keep the contract, and a
     * session in the hours stays with the agent, each violation naming the agent.
     *
     * @param sessions the agent's published sessions overlapping the range
     */
    public static List<Violation> forGiver(
            Instant now,
            AgentProfile agent,
            ChannelKey channel,
            TimeSpan shift,
            TimeSpan range,
            List<ScheduledActivity> sessions) {
        ReleaseContext context =
                new ReleaseContext(now, ZoneId.of(agent.timeZone()), channel, 0, agent.terms(), shift, range, sessions);
        return ReleaseRule.broken(context, GIVER_SKIPS).stream()
                .map(v -> v.of(agent.id()))
                .toList();
    }
}

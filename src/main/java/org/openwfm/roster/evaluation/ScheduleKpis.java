package org.openwfm.roster.evaluation;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/**
 * Schedule KPIs as PRODUCT.md defines them. "Required" is the requirement after shrinkage (the headcount
 * to schedule); projected service level uses scheduled × (1 − shrinkage) productive agents and is
 * weighted by contacts; null where no contacts are forecast.
 */
public record ScheduleKpis(
        double coverage,
        double overstaffing,
        Double projectedServiceLevel,
        int intervalsMeetingGoal,
        int intervalsOpen,
        double paidHours,
        List<ChannelKpis> byClientChannel,
        List<AgentKpis> byAgent) {

    /** The totals and the client channels, with no per-agent figures. */
    public ScheduleKpis withoutAgents() {
        return new ScheduleKpis(
                coverage,
                overstaffing,
                projectedServiceLevel,
                intervalsMeetingGoal,
                intervalsOpen,
                paidHours,
                byClientChannel,
                List.of());
    }

    public record ChannelKpis(
            String clientId,
            Channel channel,
            double coverage,
            double overstaffing,
            Double projectedServiceLevel,
            int intervalsMeetingGoal,
            int intervalsOpen,
            double paidHours,
            long requiredAgentIntervals,
            double scheduledAgentIntervals) {}

    /**
     * Hours: the agent's shifts and the time of its sessions outside them. Expected talk minutes: each interval's
     * offered work shared over the agents on it, capped by the interval. Preferences met: share of shift time inside
     * the agent's preferred hours (null without any).
     */
    public record AgentKpis(String agentId, double hours, double expectedTalkMinutes, Double preferencesMet) {}

    /** {@code scheduled} counts agents on shift and neither on a break nor in a session, on average over the interval. */
    public record CoverageInterval(
            Instant start, Instant end, int required, double scheduled, double projectedServiceLevel) {}
}

package org.openwfm.schedule.api;

import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.roster.evaluation.ScheduleKpis;

/** A schedule's KPIs as the API answers them (in a schedule and in job-progress events). */
public record KpisView(
        double coverage,
        double overstaffing,
        Double projectedServiceLevel,
        int intervalsMeetingGoal,
        int intervalsOpen,
        double paidHours,
        List<ChannelKpisView> byClientChannel,
        List<AgentKpisView> byAgent) {

    public record ChannelKpisView(
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

    public record AgentKpisView(String agentId, double hours, double expectedTalkMinutes, Double preferencesMet) {}

    /** Null for none. */
    public static KpisView of(ScheduleKpis k) {
        if (k == null) {
            return null;
        }
        return new KpisView(
                k.coverage(),
                k.overstaffing(),
                k.projectedServiceLevel(),
                k.intervalsMeetingGoal(),
                k.intervalsOpen(),
                k.paidHours(),
                k.byClientChannel().stream()
                        .map(c -> new ChannelKpisView(
                                c.clientId(),
                                c.channel(),
                                c.coverage(),
                                c.overstaffing(),
                                c.projectedServiceLevel(),
                                c.intervalsMeetingGoal(),
                                c.intervalsOpen(),
                                c.paidHours(),
                                c.requiredAgentIntervals(),
                                c.scheduledAgentIntervals()))
                        .toList(),
                k.byAgent().stream()
                        .map(a ->
                                new AgentKpisView(a.agentId(), a.hours(), a.expectedTalkMinutes(), a.preferencesMet()))
                        .toList());
    }
}

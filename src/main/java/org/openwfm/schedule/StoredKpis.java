package org.openwfm.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.roster.evaluation.ScheduleKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.AgentKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.ChannelKpis;

/**
 * A schedule's KPIs as the schedule table keeps them (column {@code kpis}, JSON). Its own type, so the
 * evaluation and the API can change without making stored rows unreadable. Rows written before the
 * {@code version} field have none and are version 1: the shape this record still has.
 */
public record StoredKpis(
        Integer version,
        double coverage,
        double overstaffing,
        Double projectedServiceLevel,
        int intervalsMeetingGoal,
        int intervalsOpen,
        double paidHours,
        List<StoredChannelKpis> byClientChannel,
        List<StoredAgentKpis> byAgent) {

    public static final int CURRENT_VERSION = 1;

    public record StoredChannelKpis(
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

    public record StoredAgentKpis(String agentId, double hours, double expectedTalkMinutes, Double preferencesMet) {}

    public static String write(ObjectMapper json, ScheduleKpis kpis) {
        try {
            return json.writeValueAsString(of(kpis));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("KPIs could not be written as JSON", e);
        }
    }

    /** The KPIs of a stored row; null for none. */
    public static ScheduleKpis read(ObjectMapper json, String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, StoredKpis.class).toKpis();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored KPIs are unreadable", e);
        }
    }

    static StoredKpis of(ScheduleKpis k) {
        return new StoredKpis(
                CURRENT_VERSION,
                k.coverage(),
                k.overstaffing(),
                k.projectedServiceLevel(),
                k.intervalsMeetingGoal(),
                k.intervalsOpen(),
                k.paidHours(),
                k.byClientChannel().stream()
                        .map(c -> new StoredChannelKpis(
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
                        .map(a -> new StoredAgentKpis(
                                a.agentId(), a.hours(), a.expectedTalkMinutes(), a.preferencesMet()))
                        .toList());
    }

    ScheduleKpis toKpis() {
        int shape = version == null ? 1 : version;
        if (shape != CURRENT_VERSION) {
            throw new IllegalStateException(
                    "Stored KPIs have version " + shape + "; this service reads version " + CURRENT_VERSION);
        }
        return new ScheduleKpis(
                coverage,
                overstaffing,
                projectedServiceLevel,
                intervalsMeetingGoal,
                intervalsOpen,
                paidHours,
                orEmpty(byClientChannel).stream()
                        .map(c -> new ChannelKpis(
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
                orEmpty(byAgent).stream()
                        .map(a -> new AgentKpis(a.agentId(), a.hours(), a.expectedTalkMinutes(), a.preferencesMet()))
                        .toList());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

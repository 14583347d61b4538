package org.openwfm.schedule.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openwfm.client.Channel;

/** An agent's published week as the agent's page reads it. */
public final class AgentWeekViews {

    private AgentWeekViews() {}

    public record AgentWeekView(String agentId, String timeZone, LocalDate weekStart, List<AgentShiftView> shifts) {}

    /** Instants in UTC; {@code local*} the same moments in the agent's zone, with their offset. */
    public record AgentShiftView(
            long shiftId,
            long scheduleId,
            String clientId,
            Channel channel,
            Instant start,
            Instant end,
            OffsetDateTime localStart,
            OffsetDateTime localEnd,
            List<AgentBreakView> breaks) {}

    public record AgentBreakView(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd) {}
}

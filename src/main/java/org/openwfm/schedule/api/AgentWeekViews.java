package org.openwfm.schedule.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.workforce.AgentDto.AvailabilityDto;

/** An agent's published week as the agent's page reads it. */
public final class AgentWeekViews {

    private AgentWeekViews() {}

    /**
     * {@code activities}: the sessions that take the agent off contacts, in the same week; {@code availability} and
     * {@code preferredHours}: the agent's weekly hours in effect that week (local times in its zone).
     */
    public record AgentWeekView(
            String agentId,
            String timeZone,
            LocalDate weekStart,
            List<AgentShiftView> shifts,
            List<AgentActivityView> activities,
            List<AvailabilityDto> availability,
            List<AvailabilityDto> preferredHours) {}

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

    /**
     * A meeting, coaching or training the agent attends (or leads, as a supervisor who is this agent): the team and
     * the supervisor are null where the session has none; instants in UTC and in the agent's zone.
     */
    public record AgentActivityView(
            String key,
            String kind,
            String name,
            String teamName,
            String supervisorId,
            String supervisorName,
            Instant start,
            Instant end,
            OffsetDateTime localStart,
            OffsetDateTime localEnd) {}

    public record AgentBreakView(Instant start, Instant end, OffsetDateTime localStart, OffsetDateTime localEnd) {}
}

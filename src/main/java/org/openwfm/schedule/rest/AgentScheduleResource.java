package org.openwfm.schedule.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.schedule.ScheduleShiftRecord;
import org.openwfm.schedule.ShiftStore;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.Agent;
import org.openwfm.workforce.AgentRepository;

/** An agent's published week, in UTC and in the agent's own zone (what the agent sees on its page). */
@Path("/api/v1/agents/{agentId}/schedule")
public class AgentScheduleResource {

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

    @Inject
    ShiftStore store;

    @Inject
    AgentRepository agents;

    @Inject
    CurrentUser currentUser;

    /** Published shifts starting in the agent's week: Monday 00:00 to Monday 00:00 in the agent's zone. */
    @GET
    @RolesAllowed({Roles.PLANNER, Roles.AGENT})
    @Operation(summary = "An agent's published week: shifts and breaks in UTC and in the agent's zone")
    @APIResponse(responseCode = "200", description = "The agent's week")
    @APIResponse(responseCode = "400", description = "weekStart missing or not a Monday")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's week")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AgentWeekView week(@PathParam("agentId") String agentId, @QueryParam("weekStart") String weekStartText) {
        currentUser.requireSelfIfAgent(agentId);
        LocalDate weekStart = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStartText));
        Agent agent = agents.findByIdOptional(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
        ZoneId zone = ZoneId.of(agent.timeZone);
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<ScheduleShiftRecord> records = store.publishedOfAgent(agentId, from, to);
        Map<Long, List<TimeSpan>> breaks =
                store.breaksOfShifts(records.stream().map(r -> r.id).toList());
        List<AgentShiftView> shifts = records.stream()
                .map(r -> new AgentShiftView(
                        r.id,
                        r.scheduleId,
                        r.clientId,
                        r.channel,
                        r.start,
                        r.end,
                        local(r.start, zone),
                        local(r.end, zone),
                        breaks.getOrDefault(r.id, List.of()).stream()
                                .map(b -> new AgentBreakView(
                                        b.start(), b.end(), local(b.start(), zone), local(b.end(), zone)))
                                .toList()))
                .toList();
        return new AgentWeekView(agentId, agent.timeZone, weekStart, shifts);
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}

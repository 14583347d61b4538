package org.openwfm.schedule.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.schedule.AgentWeeks;
import org.openwfm.schedule.api.AgentWeekViews.AgentWeekView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.time.Weeks;

/** An agent's published week, in UTC and in the agent's own zone (what the agent sees on its page). */
@Path("/api/v1/agents/{agentId}/schedule")
public class AgentScheduleResource {

    @Inject
    AgentWeeks weeks;

    @Inject
    CurrentUser currentUser;

    /** Published shifts starting in the agent's week (Monday to Monday in its zone) and the sessions it attends. */
    @GET
    @RolesAllowed({Roles.PLANNER, Roles.AGENT})
    @Operation(summary = "An agent's published week: shifts, breaks and sessions in UTC and in the agent's zone")
    @APIResponse(responseCode = "200", description = "The agent's week")
    @APIResponse(responseCode = "400", description = "weekStart missing or not a Monday")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's week")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AgentWeekView week(@PathParam("agentId") String agentId, @QueryParam("weekStart") String weekStartText) {
        currentUser.requireSelfIfAgent(agentId);
        LocalDate weekStart = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStartText));
        return weeks.week(agentId, weekStart);
    }
}

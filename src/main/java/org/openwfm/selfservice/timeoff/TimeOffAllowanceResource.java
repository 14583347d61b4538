package org.openwfm.selfservice.timeoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceSetting;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;

/** An agent's time-off allowance per year: the agent reads its own, planners and admins set it. */
@Path("/api/v1/agents/{agentId}/time-off-allowance")
public class TimeOffAllowanceResource {

    @Inject
    TimeOffService timeOff;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "The agent's time-off allowance for a year (this year by default) and what requests hold")
    @APIResponse(responseCode = "200", description = "The allowance")
    @APIResponse(responseCode = "400", description = "year is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agent's allowance")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AllowanceView allowance(@PathParam("agentId") String agentId, @QueryParam("year") String year) {
        currentUser.requireSelfIfAgent(agentId);
        Long asked = RequestParams.optionalLong("year", year);
        if (asked != null && (asked < 2000 || asked > 9999)) {
            throw ProblemException.invalidField("year", "must lie in 2000 to 9999");
        }
        return timeOff.allowance(agentId, asked == null ? timeOff.currentYear(agentId) : asked.intValue());
    }

    @PUT
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Set one agent's time-off allowance for a year, in hours")
    @APIResponse(responseCode = "200", description = "The allowance as it is now")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AllowanceView setAllowance(@PathParam("agentId") String agentId, @NotNull @Valid AllowanceSetting setting) {
        return timeOff.setAllowance(agentId, setting, currentUser.username());
    }
}

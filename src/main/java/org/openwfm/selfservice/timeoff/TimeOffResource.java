package org.openwfm.selfservice.timeoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceSetting;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceView;
import org.openwfm.selfservice.timeoff.TimeOffViews.Decision;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffAsk;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.idempotency.Idempotency;

/**
 * Time-off requests: an agent asks for itself and may cancel its own; planners and admins decide the pending ones and
 * set allowances.
 */
@Path("/api/v1")
public class TimeOffResource {

    @Inject
    TimeOffService timeOff;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("/agents/{agentId}/time-off-requests")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Ask for time off: approved at once within allowance and coverage, else pending")
    @APIResponse(responseCode = "201", description = "The request, APPROVED or PENDING with the reason")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(responseCode = "409", description = "Overlaps another pending or approved request of the agent")
    public Response ask(
            @PathParam("agentId") String agentId,
            @NotNull @Valid TimeOffAsk ask,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(agentId);
        String user = currentUser.username();
        return idempotency.once(idempotencyKey, user, "POST time-off-requests " + agentId + "\n" + ask, () -> {
            TimeOffView made = timeOff.ask(agentId, ask, user);
            return Response.created(URI.create("/api/v1/agents/" + agentId + "/time-off-requests"))
                    .entity(made)
                    .build();
        });
    }

    @GET
    @Path("/agents/{agentId}/time-off-requests")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "The agent's time-off requests, newest start first")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agent's requests")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<TimeOffView> ofAgent(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return timeOff.ofAgent(agentId);
    }

    @GET
    @Path("/time-off-requests")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Every time-off request, or those in one status, by start")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "400", description = "Unknown status")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    public List<TimeOffView> all(@QueryParam("status") String status) {
        return timeOff.all(status == null || status.isBlank() ? null : status(status));
    }

    @POST
    @Path("/time-off-requests/{id}/approve")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Approve a pending request: the agent gets the time off, its shifts' hours become open seats")
    @APIResponse(responseCode = "200", description = "The approved request")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is not pending")
    public TimeOffView approve(@PathParam("id") String id, @Valid Decision decision) {
        return timeOff.approve(
                RequestParams.requiredLong("id", id),
                decision == null ? null : decision.reason(),
                currentUser.username());
    }

    @POST
    @Path("/time-off-requests/{id}/deny")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Deny a pending request, with a reason")
    @APIResponse(responseCode = "200", description = "The denied request")
    @APIResponse(responseCode = "400", description = "No reason, or invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "The request is not pending")
    public TimeOffView deny(@PathParam("id") String id, @Valid Decision decision) {
        return timeOff.deny(
                RequestParams.requiredLong("id", id),
                decision == null ? null : decision.reason(),
                currentUser.username());
    }

    @POST
    @Path("/time-off-requests/{id}/cancel")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent withdraws its pending request, or its approved one that has not begun")
    @APIResponse(responseCode = "200", description = "The cancelled request")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agent's request")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Denied, cancelled, or approved and begun")
    public TimeOffView cancel(@PathParam("id") String id) {
        return timeOff.cancel(RequestParams.requiredLong("id", id), currentUser.agentId());
    }

    @GET
    @Path("/agents/{agentId}/time-off-allowance")
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
    @Path("/agents/{agentId}/time-off-allowance")
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

    private static TimeOffStatus status(String value) {
        try {
            return TimeOffStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "status", "'" + value + "' is not one of " + Arrays.toString(TimeOffStatus.values()));
        }
    }
}

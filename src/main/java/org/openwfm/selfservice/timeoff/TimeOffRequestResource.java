package org.openwfm.selfservice.timeoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.timeoff.TimeOffViews.Decision;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;

/** Every agent's time-off requests: planners and admins list and decide them; an agent cancels its own. */
@Path("/api/v1/time-off-requests")
public class TimeOffRequestResource {

    @Inject
    TimeOffService timeOff;

    @Inject
    CurrentUser currentUser;

    @GET
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
    @Path("/{id}/approve")
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
    @Path("/{id}/deny")
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
    @Path("/{id}/cancel")
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

    private static TimeOffStatus status(String value) {
        try {
            return TimeOffStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "status", "'" + value + "' is not one of " + Arrays.toString(TimeOffStatus.values()));
        }
    }
}

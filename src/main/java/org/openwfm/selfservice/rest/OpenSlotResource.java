package org.openwfm.selfservice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.selfservice.OpenSlotService;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSeatsRequest;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.idempotency.Idempotency;
import org.openwfm.shared.time.Weeks;

/** Open seats for planners: all of a week's, and extra hours released for self-scheduling. */
@Path("/api/v1/open-slots")
@RolesAllowed(Roles.PLANNER)
public class OpenSlotResource {

    @Inject
    OpenSlotService service;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    /** Intervals with open seats; with {@code includeFilled=true} also those whose seats are all taken. */
    @GET
    @Operation(summary = "Intervals with open seats (or all, with includeFilled) in each client's week")
    @APIResponse(responseCode = "200", description = "The intervals")
    @APIResponse(responseCode = "400", description = "weekStart missing or not a Monday, an unknown client or channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner")
    public List<OpenSlotView> list(
            @QueryParam("weekStart") String weekStart,
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel,
            @QueryParam("includeFilled") boolean includeFilled) {
        LocalDate week = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStart));
        return service.list(
                week,
                clientId == null || clientId.isBlank() ? null : clientId.trim(),
                Channel.fromParam("channel", channel),
                includeFilled);
    }

    @POST
    @Operation(summary = "Release extra seats on every interval of a range")
    @APIResponse(responseCode = "201", description = "The intervals opened")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another request")
    public Response open(
            @NotNull @Valid OpenSeatsRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                currentUser.username(),
                "POST /open-slots\n" + request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(service.open(request, currentUser.username()))
                        .build());
    }
}

package org.openwfm.staffing.adjustment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.idempotency.Idempotency;

/** Planners set a client channel's requirement by hand; planners and forecasters read what was set. */
@Path("/api/v1/staffing/adjustments")
public class AdjustmentResource {

    @Inject
    AdjustmentService service;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Set (SET) or change (CHANGE) the agents a client channel requires on a range of intervals")
    @APIResponse(responseCode = "201", description = "The adjustment stored, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; an unknown client or channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(
            responseCode = "422",
            description = "The channel is closed on every interval of the range, or an Idempotency-Key reused")
    public Response create(
            @NotNull @Valid AdjustmentRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(
                idempotencyKey, currentUser.username(), "POST /staffing/adjustments\n" + request, () -> {
                    AdjustmentView created = service.create(request, currentUser.username());
                    return Response.created(URI.create("/api/v1/staffing/adjustments/" + created.id()))
                            .entity(created)
                            .build();
                });
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.FORECASTER})
    @Operation(summary = "A client channel's adjustments overlapping a span, withdrawn ones marked, newest first")
    @APIResponse(responseCode = "200", description = "The adjustments")
    @APIResponse(
            responseCode = "400",
            description = "A parameter missing or invalid, a span too long, an unknown client or channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or forecaster")
    public List<AdjustmentView> list(
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return service.list(
                RequestParams.required("clientId", clientId),
                Channel.fromParam("channel", RequestParams.required("channel", channel)),
                RequestParams.requiredInstant("from", from),
                RequestParams.requiredInstant("to", to));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.FORECASTER})
    @Operation(summary = "One adjustment: who made it and when, and whether and by whom it was withdrawn")
    @APIResponse(responseCode = "200", description = "The adjustment")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or forecaster")
    @APIResponse(responseCode = "404", description = "No such adjustment")
    public AdjustmentView get(@PathParam("id") String id) {
        return service.find(RequestParams.requiredLong("id", id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Withdraw an adjustment: it stops deciding the requirement and is kept with who and when")
    @APIResponse(responseCode = "200", description = "The adjustment, withdrawn")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such adjustment")
    public AdjustmentView withdraw(@PathParam("id") String id) {
        return service.withdraw(RequestParams.requiredLong("id", id), currentUser.username());
    }
}

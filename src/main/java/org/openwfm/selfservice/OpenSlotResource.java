package org.openwfm.selfservice;

import java.time.LocalDate;
import java.util.List;

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

import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.selfservice.SelfServiceViews.OpenSeatsRequest;
import org.openwfm.selfservice.SelfServiceViews.OpenSlotView;
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
    public List<OpenSlotView> list(@QueryParam("weekStart") String weekStart, @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel, @QueryParam("includeFilled") boolean includeFilled) {
        LocalDate week = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStart));
        return service.list(week, clientId == null || clientId.isBlank() ? null : clientId.trim(),
                Channel.fromParam("channel", channel), includeFilled);
    }

    @POST
    public Response open(@NotNull @Valid OpenSeatsRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, currentUser.username(), "POST /open-slots\n" + request,
                () -> Response.status(Response.Status.CREATED).entity(service.open(request, currentUser.username())).build());
    }
}

package org.openwfm.roster.job;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.roster.ScheduleKpis.CoverageInterval;
import org.openwfm.roster.job.ScheduleViews.ScheduleRequest;
import org.openwfm.roster.job.ScheduleViews.ScheduleView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.paging.PageRequest;
import org.openwfm.shared.time.Weeks;

@Path("/api/v1/schedules")
@RolesAllowed(Roles.PLANNER)
public class ScheduleResource {

    @Inject
    ScheduleService service;

    @Inject
    CurrentUser currentUser;

    @POST
    public Response submit(@NotNull @Valid ScheduleRequest request) {
        Weeks.requireMonday("weekStart", request.weekStart());
        ScheduleView view = service.submit(request, currentUser.username());
        return Response.accepted(view).location(URI.create("/api/v1/schedules/" + view.id())).build();
    }

    /** Newest first, {@code limit} (50, at most 500) from {@code offset}; a JSON array with paging headers. */
    @GET
    public Response list(@QueryParam("weekStart") String weekStart, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context UriInfo uri) {
        LocalDate week = weekStart == null ? null : RequestParams.requiredDate("weekStart", weekStart);
        return service.list(week, PageRequest.of(limit, offset)).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    public ScheduleView get(@PathParam("id") String id) {
        return service.get(RequestParams.requiredLong("id", id));
    }

    @DELETE
    @Path("/{id}")
    public ScheduleView stop(@PathParam("id") String id) {
        return service.stop(RequestParams.requiredLong("id", id));
    }

    @POST
    @Path("/{id}/publish")
    public ScheduleView publish(@PathParam("id") String id) {
        return service.publish(RequestParams.requiredLong("id", id));
    }

    @GET
    @Path("/{id}/explanation")
    public ScheduleViews.ExplanationView explanation(@PathParam("id") String id) {
        return service.explanation(RequestParams.requiredLong("id", id));
    }

    @GET
    @Path("/{id}/coverage")
    public List<CoverageInterval> coverage(@PathParam("id") String id, @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel) {
        return service.coverage(RequestParams.requiredLong("id", id), RequestParams.required("clientId", clientId),
                Channel.fromParam("channel", RequestParams.required("channel", channel)));
    }
}

package org.openwfm.schedule.rest;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.roster.evaluation.ScheduleKpis.CoverageInterval;
import org.openwfm.schedule.ScheduleService;
import org.openwfm.schedule.api.ScheduleViews;
import org.openwfm.schedule.api.ScheduleViews.ScheduleRequest;
import org.openwfm.schedule.api.ScheduleViews.ScheduleView;
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
    @Operation(summary = "Start a schedule job for a week; solving runs in the background")
    @APIResponse(responseCode = "202", description = "The job, QUEUED, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(
            responseCode = "429",
            description = "Too many jobs queued or solving, for the planner or in all: retry after Retry-After")
    public Response submit(@NotNull @Valid ScheduleRequest request) {
        Weeks.requireMonday("weekStart", request.weekStart());
        ScheduleView view = service.submit(request, currentUser.username());
        return Response.accepted(view)
                .location(URI.create("/api/v1/schedules/" + view.id()))
                .build();
    }

    /** Newest first, {@code limit} (50, at most 500) from {@code offset}; a JSON array with paging headers. */
    @GET
    @Operation(summary = "Schedule jobs, newest first, of one week or all, paged by limit and offset")
    @APIResponse(responseCode = "200", description = "The jobs; X-Total-Count, and Link to the next page")
    @APIResponse(
            responseCode = "400",
            description = "weekStart not a date, limit outside 1 to 500, or a negative offset")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner")
    public Response list(
            @QueryParam("weekStart") String weekStart,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @Context UriInfo uri) {
        LocalDate week = weekStart == null ? null : RequestParams.requiredDate("weekStart", weekStart);
        return service.list(week, PageRequest.of(limit, offset)).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One schedule job with its score, KPIs and shifts")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner")
    @APIResponse(responseCode = "404", description = "No such schedule")
    public ScheduleView get(@PathParam("id") String id) {
        return service.get(RequestParams.requiredLong("id", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a queued or solving job; a running solve keeps its best schedule")
    @APIResponse(responseCode = "200", description = "The job, CANCELLED")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such schedule")
    @APIResponse(responseCode = "409", description = "The job is not queued or solving")
    public ScheduleView stop(@PathParam("id") String id) {
        return service.stop(RequestParams.requiredLong("id", id));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a solved schedule without hard breaks; it replaces the week's published one")
    @APIResponse(responseCode = "200", description = "The schedule, PUBLISHED")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such schedule")
    @APIResponse(
            responseCode = "409",
            description =
                    "Not solved, or the published week or an agent's hours changed since it was planned, or it would"
                            + " double-book agents")
    @APIResponse(responseCode = "422", description = "The schedule breaks hard rules")
    public ScheduleView publish(@PathParam("id") String id) {
        return service.publish(RequestParams.requiredLong("id", id));
    }

    @GET
    @Path("/{id}/explanation")
    @Operation(summary = "Every hard break and understaffed run of a schedule, in sentences")
    @APIResponse(responseCode = "200", description = "The explanation")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner")
    @APIResponse(responseCode = "404", description = "No such schedule")
    public ScheduleViews.ExplanationView explanation(@PathParam("id") String id) {
        return service.explanation(RequestParams.requiredLong("id", id));
    }

    @GET
    @Path("/{id}/coverage")
    @Operation(summary = "Per interval of a client channel: required, scheduled, projected service level")
    @APIResponse(responseCode = "200", description = "The coverage")
    @APIResponse(
            responseCode = "400",
            description = "A parameter missing or invalid, or a client the schedule does not plan")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner")
    @APIResponse(responseCode = "404", description = "No such schedule")
    public List<CoverageInterval> coverage(
            @PathParam("id") String id,
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel) {
        return service.coverage(
                RequestParams.requiredLong("id", id),
                RequestParams.required("clientId", clientId),
                Channel.fromParam("channel", RequestParams.required("channel", channel)));
    }
}

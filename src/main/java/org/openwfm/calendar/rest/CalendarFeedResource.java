package org.openwfm.calendar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.calendar.AgentCalendars;
import org.openwfm.calendar.CalendarFeedLink;
import org.openwfm.calendar.CalendarFeedView;
import org.openwfm.calendar.FeedTokens;
import org.openwfm.shared.error.ProblemException;

/**
 * An agent's calendar feed and its link. The feed is read by calendar apps, which cannot sign in: its secret token
 * in the URL is the credential, and any refusal is a 404, so the feed tells nobody which agents exist. The link is
 * the agent's own; planners and admins may only revoke it.
 */
@Path("/api/v1/agents/{agentId}")
public class CalendarFeedResource {

    static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";

    @Inject
    FeedTokens tokens;

    @Inject
    AgentCalendars calendars;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(CALENDAR_TYPE)
    @Operation(
            summary = "The agent's published shifts, breaks and sessions as an iCalendar feed, opened by its token",
            description = "From the Monday four weeks before the current week to the last published week ahead.")
    @APIResponse(responseCode = "200", description = "The feed (text/calendar)")
    @APIResponse(responseCode = "404", description = "No such feed: the token is missing, wrong or rotated away")
    public Response feed(@PathParam("agentId") String agentId, @QueryParam("token") String token) {
        if (!tokens.opens(agentId, token)) {
            throw ProblemException.notFound("Calendar feed", agentId);
        }
        return Response.ok(calendars.feed(agentId), CALENDAR_TYPE)
                .header("Content-Disposition", "inline; filename=\"openwfm-" + agentId + ".ics\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/calendar-feed")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent's calendar feed address, issued on first use and shown only then")
    @APIResponse(
            responseCode = "200",
            description = "The address (url) when this call issued the token, otherwise when it was issued",
            content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an agent, or another agent's feed")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Response link(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return unstored(view(agentId, tokens.current(agentId)));
    }

    @POST
    @Path("/calendar-feed/rotate")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Replace the agent's feed token (the agent) or revoke it (a planner or an admin)")
    @APIResponse(
            responseCode = "200",
            description = "The agent's new address; the old one opens nothing",
            content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    @APIResponse(
            responseCode = "204",
            description = "Revoked by a planner or an admin: no token until the agent asks for its address again")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Another agent's feed, a supervisor or a forecaster, or sent without the "
                    + "X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Response rotate(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        if (!currentUser.isAgent()) {
            tokens.revoke(agentId);
            return Response.noContent().build();
        }
        return unstored(view(agentId, tokens.rotate(agentId)));
    }

    /** An answer that may carry the secret address: no cache, of the browser or on the way, keeps it. */
    private static Response unstored(CalendarFeedView view) {
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }

    private CalendarFeedView view(String agentId, CalendarFeedLink link) {
        if (link.token() == null) {
            return new CalendarFeedView(null, null, link.createdAt());
        }
        URI url = uriInfo.getBaseUriBuilder()
                .path("api/v1/agents/{agentId}/calendar.ics")
                .queryParam("token", link.token())
                .build(agentId);
        String webcal = "webcal" + url.toString().substring(url.getScheme().length());
        return new CalendarFeedView(url.toString(), webcal, link.createdAt());
    }
}

package org.openwfm.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.notification.Inbox;
import org.openwfm.notification.NotificationPreferences;
import org.openwfm.notification.api.NotificationViews.Marked;
import org.openwfm.notification.api.NotificationViews.Preferences;
import org.openwfm.notification.api.NotificationViews.ReadRequest;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.paging.PageRequest;

/**
 * One agent's notifications: the preferences it chooses (planners and admins may read them) and its inbox, which only
 * the agent itself reads.
 */
@Path("/api/v1/agents/{agentId}")
public class NotificationResource {

    @Inject
    NotificationPreferences preferences;

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/notification-preferences")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "The agent's notification preferences; the defaults when it saved none")
    @APIResponse(responseCode = "200", description = "The preferences")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agent's preferences, or not a planner or admin")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Preferences get(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        Preferences saved = preferences.get(agentId);
        // The address is the agent's own: planners and admins see what it chose to be told, not where it is sent.
        return currentUser.isAgent() ? saved : saved.withoutEmail();
    }

    @PUT
    @Path("/notification-preferences")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Choose which notifications the agent gets, and where (in the app, by e-mail)")
    @APIResponse(responseCode = "200", description = "The preferences as saved")
    @APIResponse(responseCode = "400", description = "Not JSON, or a field of the wrong type")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(
            responseCode = "422",
            description = "An unknown client channel, a bad time or day, a bad e-mail address, or e-mail without one;"
                    + " each field named")
    public Preferences put(@PathParam("agentId") String agentId, @NotNull Preferences request) {
        currentUser.requireSelfIfAgent(agentId);
        return preferences.put(agentId, request);
    }

    @GET
    @Path("/notifications")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "The agent's in-app notifications, newest first, paged by limit and offset")
    @APIResponse(responseCode = "200", description = "The notifications; X-Total-Count, and Link to the next page")
    @APIResponse(responseCode = "400", description = "unreadOnly not true or false, limit or offset out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Response list(
            @PathParam("agentId") String agentId,
            @QueryParam("unreadOnly") String unreadOnly,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @Context UriInfo uri) {
        currentUser.requireSelfIfAgent(agentId);
        return inbox.list(
                        agentId,
                        RequestParams.optionalBoolean("unreadOnly", unreadOnly, false),
                        PageRequest.of(limit, offset))
                .toResponse(uri);
    }

    @POST
    @Path("/notifications/read")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Mark the agent's notifications read, up to and including upToId")
    @APIResponse(responseCode = "200", description = "How many notifications were unread")
    @APIResponse(responseCode = "400", description = "upToId missing or not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Marked markRead(@PathParam("agentId") String agentId, @NotNull ReadRequest request) {
        currentUser.requireSelfIfAgent(agentId);
        return new Marked(inbox.markRead(agentId, request.upToId()));
    }
}

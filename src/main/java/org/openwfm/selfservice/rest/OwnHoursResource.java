package org.openwfm.selfservice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.OwnHours;
import org.openwfm.workforce.HoursChangeView;
import org.openwfm.workforce.HoursRequest;

/** An agent's availability and preferred hours, set by the agent itself (or a planner) from a later week on. */
@Path("/api/v1/agents/{agentId}/availability")
@RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
public class OwnHoursResource {

    @Inject
    OwnHours hours;

    @Inject
    CurrentUser currentUser;

    @PUT
    @Operation(
            summary = "Set the agent's weekly availability and preferred hours from the first week past the notice"
                    + " that no published schedule including the agent covers")
    @APIResponse(responseCode = "200", description = "The change, with the week it applies from")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not this agent, a planner or an admin, or Sent without the X-Requested-With header from"
                    + " another site")
    @APIResponse(responseCode = "404", description = "No such agent")
    public HoursChangeView change(@PathParam("agentId") String agentId, @NotNull @Valid HoursRequest request) {
        currentUser.requireSelfIfAgent(agentId);
        return hours.change(agentId, request, currentUser.username());
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every change of the agent's availability and preferred hours, newest first")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent, a planner or an admin")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<HoursChangeView> history(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return hours.history(agentId);
    }
}

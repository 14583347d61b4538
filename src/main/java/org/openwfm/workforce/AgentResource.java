package org.openwfm.workforce;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/agents")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class AgentResource {

    @Inject
    AgentService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Agents; with clientId and channel, those certified for that client channel")
    @APIResponse(responseCode = "200", description = "The agents")
    @APIResponse(responseCode = "400", description = "An unknown channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    public List<AgentDto> list(@QueryParam("clientId") String clientId, @QueryParam("channel") String channelText) {
        return service.listAgents(clientId, Channel.fromParam("channel", channelText));
    }

    @GET
    @Path("/{agentId}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "One agent: certifications, contract, availability, time off")
    @APIResponse(responseCode = "200", description = "The agent")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin, or another agent's record")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AgentDto get(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return service.findAgentById(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    @POST
    @Operation(summary = "Add an agent")
    @APIResponse(responseCode = "201", description = "The agent as stored, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or admin, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "409", description = "An agent with this id exists")
    public Response create(@NotNull @Valid AgentDto agent) {
        AgentDto created = service.createAgent(agent);
        return Response.created(URI.create("/api/v1/agents/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{agentId}")
    @Operation(summary = "Replace an agent; needs the version read")
    @APIResponse(responseCode = "200", description = "The agent as stored")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named, or no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or admin, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(responseCode = "409", description = "A stale version")
    public AgentDto replace(@PathParam("agentId") String agentId, @NotNull @Valid AgentDto agent) {
        return service.replaceAgent(agentId, agent);
    }
}

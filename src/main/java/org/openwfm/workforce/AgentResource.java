package org.openwfm.workforce;

import java.net.URI;
import java.util.List;

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

import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/agents")
@RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
public class AgentResource {

    @Inject
    AgentService service;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<AgentDto> list(@QueryParam("clientId") String clientId, @QueryParam("channel") String channelText) {
        return service.listAgents(clientId, Channel.fromParam("channel", channelText));
    }

    @GET
    @Path("/{agentId}")
    @RolesAllowed({ Roles.PLANNER, Roles.ADMIN, Roles.AGENT })
    public AgentDto get(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return service.findAgentById(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    @POST
    public Response create(@NotNull @Valid AgentDto agent) {
        AgentDto created = service.createAgent(agent);
        return Response.created(URI.create("/api/v1/agents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{agentId}")
    public AgentDto replace(@PathParam("agentId") String agentId, @NotNull @Valid AgentDto agent) {
        return service.replaceAgent(agentId, agent);
    }
}

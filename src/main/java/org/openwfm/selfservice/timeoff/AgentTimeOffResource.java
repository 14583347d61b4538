package org.openwfm.selfservice.timeoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffAsk;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffView;
import org.openwfm.shared.idempotency.Idempotency;

/** An agent's time-off requests: the agent asks for itself; it, planners and admins read them. */
@Path("/api/v1/agents/{agentId}/time-off-requests")
public class AgentTimeOffResource {

    @Inject
    TimeOffService timeOff;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Ask for time off: approved at once within allowance and coverage, else pending")
    @APIResponse(responseCode = "201", description = "The request, APPROVED or PENDING with the reason")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(responseCode = "409", description = "Overlaps another pending or approved request of the agent")
    public Response ask(
            @PathParam("agentId") String agentId,
            @NotNull @Valid TimeOffAsk ask,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(agentId);
        String user = currentUser.username();
        return idempotency.once(idempotencyKey, user, "POST time-off-requests " + agentId + "\n" + ask, () -> {
            TimeOffView made = timeOff.ask(agentId, ask, user);
            return Response.created(URI.create("/api/v1/agents/" + agentId + "/time-off-requests"))
                    .entity(made)
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "The agent's time-off requests, newest start first")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agent's requests")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<TimeOffView> ofAgent(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return timeOff.ofAgent(agentId);
    }
}

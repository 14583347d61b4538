package org.openwfm.selfservice.trade.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.trade.TradeService;
import org.openwfm.selfservice.trade.api.TradeViews.AgentTrades;
import org.openwfm.selfservice.trade.api.TradeViews.OfferRequest;
import org.openwfm.selfservice.trade.api.TradeViews.TradeView;
import org.openwfm.shared.idempotency.Idempotency;

/** One agent's shift trades: it offers hours of its own published shifts and sees the offers it may take. */
@Path("/api/v1/agents/{agentId}/trades")
public class AgentTradeResource {

    @Inject
    TradeService trades;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Offer a published shift, or part of it, to anyone certified or to one colleague")
    @APIResponse(responseCode = "201", description = "The open offer")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent")
    @APIResponse(responseCode = "404", description = "No such agent, colleague or published shift of the agent")
    @APIResponse(responseCode = "409", description = "The hours are already offered")
    @APIResponse(responseCode = "422", description = "Rules broken (each named with its agent)")
    public Response offer(
            @PathParam("agentId") String agentId,
            @NotNull @Valid OfferRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(agentId);
        String user = currentUser.username();
        return idempotency.once(idempotencyKey, user, "POST trades " + agentId + "\n" + request, () -> {
            TradeView offer = trades.offer(agentId, request, user);
            return Response.created(URI.create("/api/v1/trades/" + offer.id()))
                    .entity(offer)
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.PLANNER})
    @Operation(summary = "The offers this agent may take now, and the trades it offered or accepted")
    @APIResponse(responseCode = "200", description = "open: offers it may take; mine: its own trades")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's trades")
    @APIResponse(responseCode = "404", description = "No such agent")
    public AgentTrades ofAgent(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return trades.ofAgent(agentId);
    }
}

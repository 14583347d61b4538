package org.openwfm.selfservice.trade.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.trade.TradeAcceptance;
import org.openwfm.selfservice.trade.TradeService;
import org.openwfm.selfservice.trade.TradeStatus;
import org.openwfm.selfservice.trade.api.TradeViews.AcceptRequest;
import org.openwfm.selfservice.trade.api.TradeViews.DenyRequest;
import org.openwfm.selfservice.trade.api.TradeViews.TradeView;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.idempotency.Idempotency;

/**
 * Shift trades by id: an agent accepts a colleague's offer (only as itself) or withdraws its own; planners list trades
 * and approve or deny those a channel holds for approval.
 */
@Path("/api/v1/trades")
public class TradeResource {

    @Inject
    TradeService trades;

    @Inject
    TradeAcceptance acceptance;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Trades, newest first (at most 500), or those with one status")
    @APIResponse(responseCode = "200", description = "The trades")
    @APIResponse(responseCode = "400", description = "status names no trade status")
    public List<TradeView> list(@QueryParam("status") String status) {
        return trades.list(status(status));
    }

    @GET
    @Path("/{tradeId}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "One trade")
    @APIResponse(responseCode = "200", description = "The trade")
    @APIResponse(responseCode = "404", description = "No such trade")
    public TradeView get(@PathParam("tradeId") long tradeId) {
        return trades.get(tradeId);
    }

    @POST
    @Path("/{tradeId}/accept")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Take an offer, or swap one of your shifts for it; every rule of both agents is checked")
    @APIResponse(responseCode = "200", description = "COMPLETED, or AWAITING_APPROVAL where the channel asks for it")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not this agent, or the offer is addressed to another agent")
    @APIResponse(responseCode = "404", description = "No such trade, agent or published shift of the agent")
    @APIResponse(responseCode = "409", description = "Expired, or already accepted, withdrawn or settled")
    @APIResponse(responseCode = "422", description = "Rules broken, each named with its agent")
    public Response accept(
            @PathParam("tradeId") long tradeId,
            @NotNull @Valid AcceptRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(request.agentId());
        String user = currentUser.username();
        return idempotency.once(
                idempotencyKey,
                user,
                "POST trades/" + tradeId + "/accept\n" + request,
                () -> Response.ok(acceptance.accept(tradeId, request, user)).build());
    }

    @POST
    @Path("/{tradeId}/withdraw")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Take back your open offer")
    @APIResponse(responseCode = "200", description = "The trade, WITHDRAWN")
    @APIResponse(responseCode = "403", description = "Not the offering agent")
    @APIResponse(responseCode = "404", description = "No such trade")
    @APIResponse(responseCode = "409", description = "No longer open, or expired")
    public TradeView withdraw(@PathParam("tradeId") long tradeId) {
        return trades.withdraw(tradeId, currentUser.agentId());
    }

    @DELETE
    @Path("/{tradeId}")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Take back your open offer (the same as POST …/withdraw)")
    @APIResponse(responseCode = "200", description = "The trade, WITHDRAWN")
    @APIResponse(responseCode = "403", description = "Not the offering agent")
    @APIResponse(responseCode = "404", description = "No such trade")
    @APIResponse(responseCode = "409", description = "No longer open, or expired")
    public TradeView delete(@PathParam("tradeId") long tradeId) {
        return trades.withdraw(tradeId, currentUser.agentId());
    }

    @POST
    @Path("/{tradeId}/approve")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Let an accepted trade go through; every rule is checked again")
    @APIResponse(responseCode = "200", description = "The trade, COMPLETED")
    @APIResponse(responseCode = "404", description = "No such trade")
    @APIResponse(responseCode = "409", description = "Not awaiting approval, or expired")
    @APIResponse(responseCode = "422", description = "Rules broken now, each named with its agent")
    public TradeView approve(@PathParam("tradeId") long tradeId) {
        return acceptance.approve(tradeId, currentUser.username());
    }

    @POST
    @Path("/{tradeId}/deny")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Refuse an accepted trade; nothing moves")
    @APIResponse(responseCode = "200", description = "The trade, DENIED")
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "404", description = "No such trade")
    @APIResponse(responseCode = "409", description = "Not awaiting approval, or expired")
    public TradeView deny(@PathParam("tradeId") long tradeId, @NotNull @Valid DenyRequest request) {
        return trades.deny(tradeId, request, currentUser.username());
    }

    private static TradeStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TradeStatus.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.field(
                    "status",
                    "'" + text + "' is none of OPEN, AWAITING_APPROVAL, COMPLETED, DENIED, WITHDRAWN, EXPIRED");
        }
    }
}

package org.openwfm.selfservice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.selfservice.AgentHistory;
import org.openwfm.selfservice.AgentSlots;
import org.openwfm.selfservice.ClaimService;
import org.openwfm.selfservice.Claimants;
import org.openwfm.selfservice.LogEntry;
import org.openwfm.selfservice.RefusalLog;
import org.openwfm.selfservice.ReleaseService;
import org.openwfm.selfservice.Reliability;
import org.openwfm.selfservice.ReliabilityRecords;
import org.openwfm.selfservice.api.SelfServiceViews.ClaimRequest;
import org.openwfm.selfservice.api.SelfServiceViews.ClaimedShift;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.selfservice.api.SelfServiceViews.ReleaseRequest;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.idempotency.Idempotency;
import org.openwfm.shared.time.Weeks;

/**
 * Self-scheduling for one agent: the slots it may claim, its claims and releases (only the agent itself),
 * its reliability record and its history (the agent itself or a planner).
 */
@Path("/api/v1/agents/{agentId}")
public class AgentSelfServiceResource {

    @Inject
    AgentSlots slots;

    @Inject
    ClaimService claims;

    @Inject
    ReleaseService releases;

    @Inject
    ReliabilityRecords reliability;

    @Inject
    AgentHistory history;

    @Inject
    RefusalLog refusals;

    @Inject
    Claimants claimants;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** @param weekStart the Monday of the week in the agent's zone */
    @GET
    @Path("/open-slots")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER})
    @Operation(summary = "The slots this agent may claim now, with expected talk minutes and service-level gain")
    @APIResponse(responseCode = "200", description = "The claimable slots")
    @APIResponse(responseCode = "400", description = "weekStart missing or not a Monday")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's slots")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<OpenSlotView> openSlots(
            @PathParam("agentId") String agentId, @QueryParam("weekStart") String weekStart) {
        currentUser.requireSelfIfAgent(agentId);
        return slots.claimable(
                agentId, Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStart)));
    }

    @POST
    @Path("/claims")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Claim one seat on every interval of a range, or none")
    @APIResponse(responseCode = "201", description = "The shift made or extended")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not this agent, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such agent")
    @APIResponse(responseCode = "409", description = "A seat is gone, or no hours are open there")
    @APIResponse(
            responseCode = "422",
            description = "Claim rules broken (each named), or an Idempotency-Key reused for another request")
    public Response claim(
            @PathParam("agentId") String agentId,
            @NotNull @Valid ClaimRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(agentId);
        String user = currentUser.username();
        return refusals.logged(
                RefusalLog.claimAttempt(user, agentId, request),
                () -> idempotency.once(idempotencyKey, user, "POST claims " + agentId + "\n" + request, () -> {
                    ClaimedShift shift = claims.claim(agentId, request, user);
                    return Response.created(URI.create(
                                    "/api/v1/agents/" + agentId + "/schedule?weekStart=" + shift.agentWeekStart()))
                            .entity(shift)
                            .build();
                }));
    }

    @POST
    @Path("/releases")
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Give back a shift or part of it; the hours become open seats at once")
    @APIResponse(responseCode = "200", description = "What was released and what remains")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not this agent, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such published shift of the agent")
    @APIResponse(responseCode = "409", description = "The shift's channel no longer exists")
    @APIResponse(
            responseCode = "422",
            description = "Release rules broken (each named), or an Idempotency-Key reused for another request")
    public Response release(
            @PathParam("agentId") String agentId,
            @NotNull @Valid ReleaseRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        currentUser.requireSelfIfAgent(agentId);
        String user = currentUser.username();
        return refusals.logged(
                RefusalLog.releaseAttempt(user, agentId, request),
                () -> idempotency.once(
                        idempotencyKey,
                        user,
                        "POST releases " + agentId + "\n" + request,
                        () -> Response.ok(releases.release(agentId, request, user))
                                .build()));
    }

    @GET
    @Path("/reliability")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER})
    @Operation(summary = "Hours kept and released late over the last weeks, reliability and access tier")
    @APIResponse(responseCode = "200", description = "The agent's reliability")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's record")
    @APIResponse(responseCode = "404", description = "No such agent")
    public Reliability reliability(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        claimants.find(agentId);
        return reliability.of(agentId, clock.instant());
    }

    /** The agent's claims and releases of the last 90 days, kept and refused, newest first. */
    @GET
    @Path("/history")
    @RolesAllowed({Roles.AGENT, Roles.PLANNER})
    @Operation(summary = "The agent's claims and releases of the last 90 days, kept and refused, newest first")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, or another agent's history")
    @APIResponse(responseCode = "404", description = "No such agent")
    public List<LogEntry> history(@PathParam("agentId") String agentId) {
        currentUser.requireSelfIfAgent(agentId);
        return history.of(agentId);
    }
}

package org.openwfm.workforce.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.Roles;
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/supervisors")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class SupervisorResource {

    private static final String FORBIDDEN =
            "Not a planner or admin, or Sent without the X-Requested-With header from another site";

    @Inject
    SupervisorService service;

    @GET
    @Operation(summary = "Supervisors, by id")
    @APIResponse(responseCode = "200", description = "The supervisors")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    public List<SupervisorDto> list() {
        return service.list();
    }

    @GET
    @Path("/{supervisorId}")
    @Operation(summary = "One supervisor: zone, agent (if also one) and availability")
    @APIResponse(responseCode = "200", description = "The supervisor")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin")
    @APIResponse(responseCode = "404", description = "No such supervisor")
    public SupervisorDto get(@PathParam("supervisorId") String supervisorId) {
        return service.find(supervisorId).orElseThrow(() -> ProblemException.notFound("Supervisor", supervisorId));
    }

    @POST
    @Operation(summary = "Add a supervisor")
    @APIResponse(responseCode = "201", description = "The supervisor as stored, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = "A supervisor with this id exists")
    @APIResponse(responseCode = "422", description = "No such agent (agentId)")
    public Response create(@NotNull @Valid SupervisorDto supervisor) {
        SupervisorDto created = service.create(supervisor);
        return Response.created(URI.create("/api/v1/supervisors/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{supervisorId}")
    @Operation(summary = "Replace a supervisor; needs the version read")
    @APIResponse(responseCode = "200", description = "The supervisor as stored")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named, or no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such supervisor")
    @APIResponse(responseCode = "409", description = "A stale version")
    @APIResponse(responseCode = "422", description = "No such agent (agentId)")
    public SupervisorDto replace(
            @PathParam("supervisorId") String supervisorId, @NotNull @Valid SupervisorDto supervisor) {
        return service.replace(supervisorId, supervisor);
    }

    @DELETE
    @Path("/{supervisorId}")
    @Operation(summary = "Delete a supervisor that leads no team and no activity (its users go with it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such supervisor")
    @APIResponse(responseCode = "409", description = "The supervisor leads a team or an activity")
    public Response delete(@PathParam("supervisorId") String supervisorId) {
        if (!service.delete(supervisorId)) {
            throw ProblemException.notFound("Supervisor", supervisorId);
        }
        return Response.noContent().build();
    }
}

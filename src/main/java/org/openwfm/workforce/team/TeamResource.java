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
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/teams")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class TeamResource {

    private static final String FORBIDDEN =
            "Not a planner or admin, or Sent without the X-Requested-With header from another site";

    @Inject
    TeamService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Teams, by id; a supervisor sees only the teams it leads")
    @APIResponse(responseCode = "200", description = "The teams")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, admin or supervisor")
    public List<TeamDto> list() {
        return service.list(currentUser.supervisorScope());
    }

    @GET
    @Path("/{teamId}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One team: its supervisor and members")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin, or a team another supervisor leads")
    @APIResponse(responseCode = "404", description = "No such team")
    public TeamDto get(@PathParam("teamId") String teamId) {
        TeamDto team = service.find(teamId).orElseThrow(() -> ProblemException.notFound("Team", teamId));
        currentUser.requireOwnIfSupervisor(team.supervisorId());
        return team;
    }

    @POST
    @Operation(summary = "Add a team")
    @APIResponse(responseCode = "201", description = "The team as stored, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = "A team with this id exists, or an agent is in another team")
    @APIResponse(responseCode = "422", description = "No such supervisor or agent, each named")
    public Response create(@NotNull @Valid TeamDto team) {
        TeamDto created = service.create(team);
        return Response.created(URI.create("/api/v1/teams/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{teamId}")
    @Operation(summary = "Replace a team; needs the version read")
    @APIResponse(responseCode = "200", description = "The team as stored")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named, or no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "A stale version, or an agent is in another team")
    @APIResponse(responseCode = "422", description = "No such supervisor or agent, each named")
    public TeamDto replace(@PathParam("teamId") String teamId, @NotNull @Valid TeamDto team) {
        return service.replace(teamId, team);
    }

    @DELETE
    @Path("/{teamId}")
    @Operation(summary = "Delete a team that no activity uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "An activity is planned for the team")
    public Response delete(@PathParam("teamId") String teamId) {
        if (!service.delete(teamId)) {
            throw ProblemException.notFound("Team", teamId);
        }
        return Response.noContent().build();
    }
}

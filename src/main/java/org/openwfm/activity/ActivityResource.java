package org.openwfm.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/activities")
@RolesAllowed(Roles.PLANNER)
public class ActivityResource {

    @Inject
    ActivityService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Activity definitions, by id; a supervisor sees those it leads or attends")
    @APIResponse(responseCode = "200", description = "The activities")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, admin or supervisor")
    public List<ActivityDto> list() {
        return service.list(currentUser.supervisorScope());
    }

    @GET
    @Path("/{activityId}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "One activity definition")
    @APIResponse(responseCode = "200", description = "The activity")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, admin or supervisor, or an activity the supervisor neither leads nor attends")
    @APIResponse(responseCode = "404", description = "No such activity")
    public ActivityDto get(@PathParam("activityId") long activityId) {
        return service.find(activityId, currentUser.supervisorScope())
                .orElseThrow(() -> ProblemException.notFound("Activity", String.valueOf(activityId)));
    }

    @POST
    @Operation(summary = "Define a weekly team meeting, coaching or training")
    @APIResponse(responseCode = "201", description = "The activity as stored, with Location")
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown kind or placement, a field missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(
            responseCode = "422",
            description = "Every problem, each named: unknown team, agent or supervisor, length, window, availability")
    public Response create(@NotNull @Valid ActivityDto activity) {
        ActivityDto created = service.create(activity, currentUser.username());
        return Response.created(URI.create("/api/v1/activities/" + created.id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{activityId}")
    @Operation(summary = "Delete an activity definition")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such activity")
    public Response delete(@PathParam("activityId") long activityId) {
        if (!service.delete(activityId)) {
            throw ProblemException.notFound("Activity", String.valueOf(activityId));
        }
        return Response.noContent().build();
    }
}

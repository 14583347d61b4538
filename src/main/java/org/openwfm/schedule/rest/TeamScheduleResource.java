package org.openwfm.schedule.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.schedule.TeamWeeks;
import org.openwfm.schedule.api.TeamWeekViews.TeamWeekView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.team.TeamProfile;

/** A team's published week, for planners, admins and the team's own supervisor. */
@Path("/api/v1/teams/{teamId}/schedule")
public class TeamScheduleResource {

    @Inject
    TeamWeeks weeks;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(
            summary = "A team's published week: its members' shifts with breaks, and every session of its members"
                    + " or its supervisor")
    @APIResponse(responseCode = "200", description = "The team's week")
    @APIResponse(responseCode = "400", description = "weekStart missing or not a Monday")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or admin, or a team another supervisor leads")
    @APIResponse(responseCode = "404", description = "No such team")
    public TeamWeekView week(@PathParam("teamId") String teamId, @QueryParam("weekStart") String weekStartText) {
        TeamProfile team = weeks.team(teamId).orElseThrow(() -> ProblemException.notFound("Team", teamId));
        currentUser.requireOwnIfSupervisor(team.supervisorId());
        LocalDate weekStart = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStartText));
        return weeks.week(teamId, weekStart);
    }
}

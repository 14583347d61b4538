package org.openwfm.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.WeeklyHours;

/** How other features read teams and supervisors: profiles copied inside the caller's transaction, never rows. */
@ApplicationScoped
public class TeamDirectory {

    @Inject
    TeamRepository teams;

    @Inject
    SupervisorRepository supervisors;

    @Inject
    AgentDirectory agents;

    public Optional<TeamProfile> team(String teamId) {
        return teams.findByIdOptional(teamId).map(TeamProfile::of);
    }

    /** The teams the supervisor leads, in id order. */
    public List<TeamProfile> teamsLedBy(String supervisorId) {
        return teams.ledBy(supervisorId).stream().map(TeamProfile::of).toList();
    }

    /** The supervisor, with the hours in effect this week. */
    public Optional<SupervisorProfile> supervisor(String supervisorId) {
        return supervisors.findByIdOptional(supervisorId).map(row -> profile(row, null));
    }

    /** The supervisor, with the hours in effect in the week from {@code weekStart} (its Monday). */
    public Optional<SupervisorProfile> supervisor(String supervisorId, LocalDate weekStart) {
        return supervisors.findByIdOptional(supervisorId).map(row -> profile(row, weekStart));
    }

    /** @param weekStart the week whose hours count; null for this week's */
    private SupervisorProfile profile(Supervisor row, LocalDate weekStart) {
        List<Availability> hours = row.availability;
        if (hours.isEmpty() && row.agentId != null) {
            // A supervisor who is also an agent and states no hours of its own works the agent's, as the agent set
            // them for that week.
            hours = agents.find(row.agentId)
                    .map(a -> weekStart == null ? a : a.forWeek(weekStart))
                    .map(AgentProfile::availability)
                    .orElse(hours);
        }
        return new SupervisorProfile(row.id, row.name, row.timeZone, row.agentId, WeeklyHours.copies(hours));
    }
}

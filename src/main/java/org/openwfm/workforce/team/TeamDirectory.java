package org.openwfm.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.openwfm.workforce.AgentRepository;
import org.openwfm.workforce.WeeklyHours;

/** How other features read teams and supervisors: profiles copied inside the caller's transaction, never rows. */
@ApplicationScoped
public class TeamDirectory {

    @Inject
    TeamRepository teams;

    @Inject
    SupervisorRepository supervisors;

    @Inject
    AgentRepository agents;

    public Optional<TeamProfile> team(String teamId) {
        return teams.findByIdOptional(teamId).map(TeamProfile::of);
    }

    /** The teams the supervisor leads, in id order. */
    public List<TeamProfile> teamsLedBy(String supervisorId) {
        return teams.ledBy(supervisorId).stream().map(TeamProfile::of).toList();
    }

    public Optional<SupervisorProfile> supervisor(String supervisorId) {
        return supervisors.findByIdOptional(supervisorId).map(this::profile);
    }

    private SupervisorProfile profile(Supervisor row) {
        var hours = row.availability;
        if (hours.isEmpty() && row.agentId != null) {
            // A supervisor who is also an agent and states no hours of its own works the agent's.
            hours = agents.findByIdOptional(row.agentId)
                    .map(a -> a.availability)
                    .orElse(hours);
        }
        return new SupervisorProfile(row.id, row.name, row.timeZone, row.agentId, WeeklyHours.copies(hours));
    }
}

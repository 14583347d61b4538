package org.openwfm.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.workforce.AgentRepository;

/**
 * Teams: a supervisor and the agents it leads. A team naming a supervisor or an agent that does not exist is
 * refused with 422; an agent already in another team with 409 (an agent belongs to at most one team).
 */
@ApplicationScoped
public class TeamService {

    @Inject
    TeamRepository teams;

    @Inject
    SupervisorRepository supervisors;

    @Inject
    AgentRepository agents;

    @Inject
    TeamUses uses;

    @Inject
    EntityManager em;

    /** Every team, or with {@code supervisorId} only the teams it leads. */
    @Transactional
    public List<TeamDto> list(String supervisorId) {
        var rows = supervisorId == null ? teams.listOrdered() : teams.ledBy(supervisorId);
        return rows.stream().map(TeamMapper::toDto).toList();
    }

    @Transactional
    public Optional<TeamDto> find(String id) {
        return teams.findByIdOptional(id).map(TeamMapper::toDto);
    }

    @Transactional
    public TeamDto create(TeamDto dto) {
        List<Violation> malformed = new ArrayList<>();
        if (dto.id() == null || !dto.id().matches(SupervisorService.ID_PATTERN)) {
            malformed.add(Violation.ofField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"));
        }
        SupervisorService.refuse(malformed, unknown(dto));
        if (teams.findById(dto.id()) != null) {
            throw ProblemException.conflict("Team '" + dto.id() + "' already exists");
        }
        refuseMembersOfOtherTeams(dto.id(), dto);
        Team team = new Team();
        team.id = dto.id();
        TeamMapper.apply(dto, team);
        teams.persist(team);
        teams.flush();
        return TeamMapper.toDto(team);
    }

    @Transactional
    public TeamDto replace(String id, TeamDto dto) {
        List<Violation> malformed = new ArrayList<>();
        if (dto.id() != null && !dto.id().equals(id)) {
            malformed.add(Violation.ofField("id", "must match the id in the path"));
        }
        SupervisorService.refuse(malformed, unknown(dto));
        Team team = teams.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Team", id));
        Versions.require("Team", id, dto.version(), team.version);
        refuseMembersOfOtherTeams(id, dto);
        long before = team.version;
        TeamMapper.apply(dto, team);
        teams.flush();
        if (team.version == before) {
            // Only member rows changed (or nothing): one PUT is still one new version.
            em.lock(team, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return TeamMapper.toDto(team);
    }

    /** Refused with 409 while an activity names the team; false when there is none. */
    @Transactional
    public boolean delete(String id) {
        Team team = teams.findById(id);
        if (team == null) {
            return false;
        }
        long activities = uses.activitiesOfTeam(id);
        if (activities > 0) {
            throw ProblemException.conflict(
                    "Cannot delete team '" + id + "': " + activities + " activity(ies) are planned for it");
        }
        teams.delete(team);
        return true;
    }

    private List<Violation> unknown(TeamDto dto) {
        List<Violation> errors = new ArrayList<>();
        if (supervisors.findByIdOptional(dto.supervisorId()).isEmpty()) {
            errors.add(Violation.ofField("supervisorId", "no supervisor '" + dto.supervisorId() + "'"));
        }
        List<String> members = TeamMapper.members(dto);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String agentId = members.get(i);
            if (!seen.add(agentId)) {
                errors.add(Violation.ofField("members[" + i + "]", "'" + agentId + "' is listed twice"));
            } else if (agents.findByIdOptional(agentId).isEmpty()) {
                errors.add(Violation.ofField("members[" + i + "]", "no agent '" + agentId + "'"));
            }
        }
        return errors;
    }

    private void refuseMembersOfOtherTeams(String teamId, TeamDto dto) {
        List<String> taken = new ArrayList<>();
        Set<String> members = new HashSet<>(TeamMapper.members(dto));
        for (Team other : teams.withAnyOf(members)) {
            if (!other.id.equals(teamId)) {
                other.members.stream()
                        .filter(members::contains)
                        .forEach(agentId -> taken.add(agentId + " is in team '" + other.id + "'"));
            }
        }
        if (!taken.isEmpty()) {
            throw ProblemException.conflict(
                    "An agent belongs to at most one team: " + String.join(", ", taken) + "; take it out there first");
        }
    }
}

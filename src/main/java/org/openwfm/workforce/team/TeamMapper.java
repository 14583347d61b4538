package org.openwfm.workforce.team;

import java.util.List;
import org.openwfm.workforce.WeeklyHours;

/** The one place where supervisors and teams move between the API shapes and the entities. */
final class TeamMapper {

    private TeamMapper() {}

    static SupervisorDto toDto(Supervisor supervisor) {
        return new SupervisorDto(
                supervisor.id,
                supervisor.name,
                supervisor.timeZone,
                supervisor.agentId,
                WeeklyHours.toDtos(supervisor.availability),
                supervisor.version);
    }

    /** Writes a validated DTO onto the entity. */
    static void apply(SupervisorDto dto, Supervisor supervisor) {
        supervisor.name = dto.name().trim();
        supervisor.timeZone = dto.timeZone().trim();
        supervisor.agentId = dto.agentId();
        supervisor.availability.clear();
        supervisor.availability.addAll(WeeklyHours.toRows(dto.availability()));
    }

    static TeamDto toDto(Team team) {
        return new TeamDto(team.id, team.name, team.supervisorId, List.copyOf(team.members), team.version);
    }

    static void apply(TeamDto dto, Team team) {
        team.name = dto.name().trim();
        team.supervisorId = dto.supervisorId();
        team.members.clear();
        team.members.addAll(members(dto).stream().sorted().toList());
    }

    static List<String> members(TeamDto dto) {
        return dto.members() == null ? List.of() : dto.members();
    }
}

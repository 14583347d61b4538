package org.openwfm.workforce.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Zones;
import org.openwfm.workforce.AgentRepository;
import org.openwfm.workforce.WeeklyHours;

/**
 * Supervisors. Malformed fields (zone, hours) are refused with 400 as agents' are; a well-formed supervisor naming
 * an agent that does not exist with 422.
 */
@ApplicationScoped
public class SupervisorService {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @Inject
    SupervisorRepository supervisors;

    @Inject
    TeamRepository teams;

    @Inject
    AgentRepository agents;

    @Inject
    TeamUses uses;

    @Inject
    EntityManager em;

    @Transactional
    public List<SupervisorDto> list() {
        return supervisors.listOrdered().stream().map(TeamMapper::toDto).toList();
    }

    @Transactional
    public Optional<SupervisorDto> find(String id) {
        return supervisors.findByIdOptional(id).map(TeamMapper::toDto);
    }

    @Transactional
    public SupervisorDto create(SupervisorDto dto) {
        List<Violation> malformed = malformed(dto);
        if (dto.id() == null || !dto.id().matches(ID_PATTERN)) {
            malformed.add(0, Violation.ofField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"));
        }
        refuse(malformed, unknownAgent(dto));
        if (supervisors.findById(dto.id()) != null) {
            throw ProblemException.conflict("Supervisor '" + dto.id() + "' already exists");
        }
        Supervisor supervisor = new Supervisor();
        supervisor.id = dto.id();
        TeamMapper.apply(dto, supervisor);
        supervisors.persist(supervisor);
        supervisors.flush();
        return TeamMapper.toDto(supervisor);
    }

    @Transactional
    public SupervisorDto replace(String id, SupervisorDto dto) {
        List<Violation> malformed = malformed(dto);
        if (dto.id() != null && !dto.id().equals(id)) {
            malformed.add(0, Violation.ofField("id", "must match the id in the path"));
        }
        refuse(malformed, unknownAgent(dto));
        Supervisor supervisor =
                supervisors.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Supervisor", id));
        Versions.require("Supervisor", id, dto.version(), supervisor.version);
        long before = supervisor.version;
        TeamMapper.apply(dto, supervisor);
        supervisors.flush();
        if (supervisor.version == before) {
            // Only availability rows changed (or nothing): one PUT is still one new version.
            em.lock(supervisor, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return TeamMapper.toDto(supervisor);
    }

    /** Refused with 409 while a team or an activity names the supervisor; false when there is none. */
    @Transactional
    public boolean delete(String id) {
        Supervisor supervisor = supervisors.findById(id);
        if (supervisor == null) {
            return false;
        }
        List<String> led = teams.ledBy(id).stream().map(t -> t.id).toList();
        long activities = uses.activitiesLedBy(id);
        if (!led.isEmpty() || activities > 0) {
            throw ProblemException.conflict("Cannot delete supervisor '" + id + "': it leads team(s) " + led + " and "
                    + activities + " activity(ies); give them another supervisor first");
        }
        supervisors.delete(supervisor);
        return true;
    }

    private static List<Violation> malformed(SupervisorDto dto) {
        List<Violation> errors = new ArrayList<>();
        if (!Zones.isRegionId(dto.timeZone())) {
            errors.add(Violation.ofField("timeZone", "must be an IANA zone such as America/Phoenix"));
        }
        errors.addAll(WeeklyHours.check("availability", dto.availability()));
        return errors;
    }

    private List<Violation> unknownAgent(SupervisorDto dto) {
        if (dto.agentId() != null && agents.findByIdOptional(dto.agentId()).isEmpty()) {
            return List.of(Violation.ofField("agentId", "no agent '" + dto.agentId() + "'"));
        }
        return List.of();
    }

    /** Malformed fields first (400, as for agents), then references to nothing (422). */
    static void refuse(List<Violation> malformed, List<Violation> unknown) {
        if (!malformed.isEmpty()) {
            throw ProblemException.invalid(malformed.size() + " field(s) are invalid", malformed);
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(unknown.size() + " field(s) name nothing known", unknown);
        }
    }
}

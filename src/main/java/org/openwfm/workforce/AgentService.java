package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwfm.client.Channel;
import org.openwfm.client.ClientRepository;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;
import org.openwfm.shared.time.Zones;
import org.openwfm.workforce.AgentDto.CertificationDto;
import org.openwfm.workforce.AgentDto.ContractDto;
import org.openwfm.workforce.AgentDto.TimeOffDto;

@ApplicationScoped
public class AgentService {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @Inject
    AgentRepository agents;

    @Inject
    ClientRepository clients;

    @Inject
    HoursChangeRepository changes;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** All agents, or those certified for a client, a channel, or both, when given. */
    @Transactional
    public List<AgentDto> listAgents(String clientId, Channel channel) {
        Map<String, List<HoursChange>> applying = changes.applyingByAgent();
        return agents.listOrdered().stream()
                .filter(a -> a.certifications.stream()
                                .anyMatch(c -> (clientId == null || c.clientId.equals(clientId))
                                        && (channel == null || c.channel == channel))
                        || (clientId == null && channel == null))
                .map(a ->
                        AgentMapper.toDto(a, applying.getOrDefault(a.id, List.of()), AgentDirectory.thisWeek(clock, a)))
                .toList();
    }

    @Transactional
    public Optional<AgentDto> findAgentById(String id) {
        return agents.findByIdOptional(id).map(this::toDto);
    }

    @Transactional
    public AgentDto createAgent(AgentDto dto) {
        List<Violation> errors = validate(dto);
        if (dto.id() == null || !dto.id().matches(ID_PATTERN)) {
            errors.add(0, Violation.ofField("id", "must be 1 to 64 letters, digits, '.', '-' or '_'"));
        }
        throwIfAny(errors);
        if (agents.findById(dto.id()) != null) {
            throw ProblemException.conflict("Agent '" + dto.id() + "' already exists");
        }
        Agent agent = new Agent();
        agent.id = dto.id();
        AgentMapper.apply(dto, agent);
        agents.persist(agent);
        agents.flush();
        return toDto(agent);
    }

    @Transactional
    public AgentDto replaceAgent(String id, AgentDto dto) {
        List<Violation> errors = validate(dto);
        if (dto.id() != null && !dto.id().equals(id)) {
            errors.add(0, Violation.ofField("id", "must match the id in the path"));
        }
        throwIfAny(errors);
        Agent agent = agents.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Agent", id));
        if (dto.version() == null) {
            throw ProblemException.invalidField(
                    "version", "is required: send the version you read, so no update is lost");
        }
        if (dto.version() != agent.version) {
            throw ProblemException.conflict("Agent '" + id + "' is at version " + agent.version + ", not "
                    + dto.version() + "; read it again and retry");
        }
        long before = agent.version;
        AgentMapper.apply(dto, agent);
        // The hours sent are the standing hours from now on: changes the agent set that are already in effect
        // (shown as its hours) end here; those set for a later week still apply from their week.
        changes.replaceUpTo(id, AgentDirectory.thisWeek(clock, agent), clock.instant());
        agents.flush();
        if (agent.version == before) {
            // A PUT that changed nothing still counts as a new version, so a stale copy is always refused.
            em.lock(agent, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return toDto(agent);
    }

    private AgentDto toDto(Agent agent) {
        return AgentMapper.toDto(agent, changes.applying(agent.id), AgentDirectory.thisWeek(clock, agent));
    }

    private List<Violation> validate(AgentDto dto) {
        List<Violation> errors = new ArrayList<>();
        if (!Zones.isRegionId(dto.timeZone())) {
            errors.add(Violation.ofField("timeZone", "must be an IANA zone such as America/Phoenix"));
        }
        errors.addAll(checkContract(dto.contract()));
        errors.addAll(checkCertifications(AgentMapper.listOf(dto.certifications())));
        errors.addAll(WeeklyHours.check("availability", dto.availability()));
        errors.addAll(WeeklyHours.check("preferredHours", dto.preferredHours()));
        List<TimeOffDto> timeOff = AgentMapper.listOf(dto.timeOff());
        for (int i = 0; i < timeOff.size(); i++) {
            if (!Instants.isSupported(timeOff.get(i).start())
                    || !Instants.isSupported(timeOff.get(i).end())) {
                errors.add(Violation.ofField("timeOff[" + i + "]", "must lie in the years 1970 to 9999"));
            } else if (!timeOff.get(i).end().isAfter(timeOff.get(i).start())) {
                errors.add(Violation.ofField("timeOff[" + i + "].end", "must be after start"));
            }
        }
        return errors;
    }

    private static List<Violation> checkContract(ContractDto c) {
        List<Violation> errors = new ArrayList<>();
        if (c.minWeeklyHours() > c.maxWeeklyHours()) {
            errors.add(Violation.ofField("contract.minWeeklyHours", "must not exceed maxWeeklyHours"));
        }
        if (c.minShiftHours() > c.maxShiftHours()) {
            errors.add(Violation.ofField("contract.minShiftHours", "must not exceed maxShiftHours"));
        }
        if (c.maxShiftHours() > c.maxDailyHours()) {
            errors.add(Violation.ofField("contract.maxShiftHours", "must not exceed maxDailyHours"));
        }
        // Breaks sit on a 15-minute grid.
        if (c.breakMinutes() != null && c.breakMinutes() % 15 != 0) {
            errors.add(Violation.ofField("contract.breakMinutes", "must be a multiple of 15"));
        }
        if (c.mealMinutes() != null && c.mealMinutes() % 15 != 0) {
            errors.add(Violation.ofField("contract.mealMinutes", "must be a multiple of 15"));
        }
        return errors;
    }

    private List<Violation> checkCertifications(List<CertificationDto> certifications) {
        List<Violation> errors = new ArrayList<>();
        if (certifications.isEmpty()) {
            return errors;
        }
        Map<String, Set<Channel>> known = clients.channelsOf(
                certifications.stream().map(CertificationDto::clientId).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < certifications.size(); i++) {
            CertificationDto cert = certifications.get(i);
            String at = "certifications[" + i + "]";
            Set<Channel> channels = known.get(cert.clientId());
            if (channels == null) {
                errors.add(Violation.ofField(at + ".clientId", "no client '" + cert.clientId() + "'"));
            } else if (!channels.contains(cert.channel())) {
                errors.add(Violation.ofField(
                        at + ".channel", "client '" + cert.clientId() + "' has no " + cert.channel() + " channel"));
            }
            if (!seen.add(cert.clientId() + "/" + cert.channel())) {
                errors.add(Violation.ofField(at, "is listed twice"));
            }
        }
        return errors;
    }

    private static void throwIfAny(List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) are invalid", errors);
        }
    }
}

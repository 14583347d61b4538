package org.openwfm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwfm.activity.ActivityDto.WindowDto;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.shared.time.Zones;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.team.SupervisorProfile;
import org.openwfm.workforce.team.TeamDirectory;
import org.openwfm.workforce.team.TeamProfile;

/**
 * Checks a new activity whole, in the caller's transaction: its shape for its kind, what it names, its length on
 * the grain, its window, and that every attendee's weekly hours leave room for it. Every problem is named at once
 * (422); nothing is written before this passes.
 */
@ApplicationScoped
class ActivityChecks {

    static final int MAX_TRAINING_SESSIONS = 7;

    @Inject
    TeamDirectory teams;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    /** The window's zone in effect (the request's, or the supervisor's); refused with every problem found. */
    String check(ActivityDto dto) {
        List<Violation> errors = new ArrayList<>();
        shapeForKind(dto, errors);
        Optional<TeamProfile> team = Optional.empty();
        if (dto.teamId() != null) {
            team = teams.team(dto.teamId());
            if (team.isEmpty()) {
                errors.add(Violation.ofField("teamId", "no team '" + dto.teamId() + "'"));
            } else if (team.get().members().isEmpty() && dto.kind() != ActivityKind.TRAINING) {
                errors.add(Violation.ofField("teamId", "team '" + dto.teamId() + "' has no members"));
            }
        }
        String supervisorId = team.map(TeamProfile::supervisorId).orElse(dto.supervisorId());
        if (team.isPresent()
                && dto.supervisorId() != null
                && !dto.supervisorId().equals(supervisorId)) {
            errors.add(Violation.ofField(
                    "supervisorId",
                    "team '" + dto.teamId() + "' is led by '" + supervisorId + "', not '" + dto.supervisorId() + "'"));
        }
        Optional<SupervisorProfile> supervisor = Optional.empty();
        if (supervisorId != null) {
            supervisor = teams.supervisor(supervisorId);
            if (supervisor.isEmpty()) {
                errors.add(Violation.ofField("supervisorId", "no supervisor '" + supervisorId + "'"));
            }
        }
        Map<String, AgentProfile> attendees = new LinkedHashMap<>();
        if (team.isPresent()) {
            team.get().members().forEach(id -> agents.find(id).ifPresent(a -> attendees.put(id, a)));
        } else {
            namedAgents(ActivityMapper.listOf(dto.agentIds()), attendees, errors);
        }
        if (dto.lengthMinutes() <= 0 || dto.lengthMinutes() % Grain.DEFAULT_MINUTES != 0) {
            errors.add(Violation.ofField(
                    "lengthMinutes", "must be a positive multiple of " + Grain.DEFAULT_MINUTES + " minutes"));
        }
        String zone = windowZone(dto.window(), supervisor, supervisorId != null, errors);
        ActivityWindow window = window(dto.window(), zone, dto.lengthMinutes(), errors);
        if (dto.priority() != null && (dto.priority() < 1 || dto.priority() > 10)) {
            errors.add(Violation.ofField("priority", "must be 1 to 10"));
        }
        storable("validFrom", dto.validFrom(), errors);
        storable("validUntil", dto.validUntil(), errors);
        if (dto.validFrom() != null
                && dto.validUntil() != null
                && dto.validUntil().isBefore(dto.validFrom())) {
            errors.add(Violation.ofField("validUntil", "must not be before validFrom"));
        }
        if (errors.isEmpty()) {
            errors.addAll(outsideHours(dto, window, supervisor, attendees));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The activity cannot be planned as it stands: " + errors.size() + " problem(s)", errors);
        }
        return zone;
    }

    private static void shapeForKind(ActivityDto dto, List<Violation> errors) {
        boolean agentsNamed = dto.agentIds() != null && !dto.agentIds().isEmpty();
        switch (dto.kind()) {
            case TEAM_MEETING -> {
                if (dto.teamId() == null) {
                    errors.add(Violation.ofField("teamId", "is required for a team meeting"));
                }
                if (agentsNamed) {
                    errors.add(Violation.ofField("agentIds", "a team meeting takes the team's members; leave it out"));
                }
                oneSession(dto, errors);
            }
            case COACHING -> {
                if (dto.teamId() != null && agentsNamed) {
                    errors.add(Violation.ofField("agentIds", "give teamId or agentIds, not both"));
                } else if (dto.teamId() == null && !agentsNamed) {
                    errors.add(Violation.ofField("teamId", "coaching needs a team, or agentIds and a supervisorId"));
                } else if (dto.teamId() == null && dto.supervisorId() == null) {
                    errors.add(Violation.ofField("supervisorId", "is required for coaching of named agents"));
                }
                oneSession(dto, errors);
            }
            case TRAINING -> {
                if (dto.teamId() != null) {
                    errors.add(Violation.ofField("teamId", "a training names its agents in agentIds"));
                }
                if (!agentsNamed) {
                    errors.add(Violation.ofField("agentIds", "a training needs at least one agent"));
                }
                if (dto.name() == null || dto.name().isBlank()) {
                    errors.add(Violation.ofField("name", "is required for a training"));
                }
                if (dto.sessions() != null && (dto.sessions() < 1 || dto.sessions() > MAX_TRAINING_SESSIONS)) {
                    errors.add(Violation.ofField("sessions", "must be 1 to " + MAX_TRAINING_SESSIONS));
                }
            }
        }
    }

    private static void storable(String field, LocalDate date, List<Violation> errors) {
        if (date != null && (date.getYear() < 1970 || date.getYear() > 9998)) {
            errors.add(Violation.ofField(field, "must lie in the years 1970 to 9998"));
        }
    }

    private static void oneSession(ActivityDto dto, List<Violation> errors) {
        if (dto.sessions() != null && dto.sessions() != 1) {
            errors.add(Violation.ofField("sessions", "must be left out or 1: a " + dto.kind() + " is weekly"));
        }
    }

    private void namedAgents(List<String> agentIds, Map<String, AgentProfile> attendees, List<Violation> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agentIds.size(); i++) {
            String id = agentIds.get(i);
            if (!seen.add(id)) {
                errors.add(Violation.ofField("agentIds[" + i + "]", "'" + id + "' is listed twice"));
                continue;
            }
            Optional<AgentProfile> agent = agents.find(id);
            if (agent.isEmpty()) {
                errors.add(Violation.ofField("agentIds[" + i + "]", "no agent '" + id + "'"));
            } else {
                attendees.put(id, agent.get());
            }
        }
    }

    private static String windowZone(
            WindowDto window, Optional<SupervisorProfile> supervisor, boolean supervisorNamed, List<Violation> errors) {
        if (window.timeZone() != null) {
            if (!Zones.isRegionId(window.timeZone())) {
                errors.add(Violation.ofField("window.timeZone", "must be an IANA zone such as America/New_York"));
            }
            return window.timeZone();
        }
        if (!supervisorNamed) {
            errors.add(Violation.ofField("window.timeZone", "is required when the activity has no supervisor"));
        }
        return supervisor.map(SupervisorProfile::timeZone).orElse(null);
    }

    private static ActivityWindow window(WindowDto dto, String zone, int lengthMinutes, List<Violation> errors) {
        List<DayOfWeek> days = ActivityMapper.listOf(dto.days());
        if (days.isEmpty()) {
            errors.add(Violation.ofField("window.days", "must name at least one day"));
        } else if (new HashSet<>(days).size() < days.size()) {
            errors.add(Violation.ofField("window.days", "names a day twice"));
        }
        int start = MinuteOfDay.parse(dto.start());
        int end = MinuteOfDay.parse(dto.end());
        if (start < 0 || start == MinuteOfDay.END_OF_DAY) {
            errors.add(Violation.ofField("window.start", "must be a time from 00:00 to 23:59"));
        }
        if (end < 0) {
            errors.add(Violation.ofField("window.end", "must be a time from 00:00 to 24:00"));
        }
        if (start >= 0 && end >= 0 && start >= end) {
            errors.add(Violation.ofField("window.end", "must be after start"));
        } else if (start >= 0 && end >= 0 && end - start < lengthMinutes) {
            errors.add(Violation.ofField(
                    "window", "is " + (end - start) + " minutes long, shorter than the activity's " + lengthMinutes));
        }
        return new ActivityWindow(days, start, end, zone);
    }

    /** One problem for each attendee whose hours leave no room for the activity in the window. */
    private List<Violation> outsideHours(
            ActivityDto dto,
            ActivityWindow window,
            Optional<SupervisorProfile> supervisor,
            Map<String, AgentProfile> attendees) {
        ZoneId zone = ZoneId.of(window.timeZone());
        LocalDate sample = dto.validFrom() != null ? dto.validFrom() : LocalDate.now(clock.withZone(zone));
        LocalDate monday = sample.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String described = AttendeeHours.describe(window);
        List<Violation> errors = new ArrayList<>();
        String supervisorAgent = supervisor.map(SupervisorProfile::agentId).orElse(null);
        for (AgentProfile agent : attendees.values()) {
            if (!agent.id().equals(supervisorAgent)
                    && !AttendeeHours.fits(
                            window,
                            dto.lengthMinutes(),
                            monday,
                            agent.forWeek(monday).availability(),
                            ZoneId.of(agent.timeZone()))) {
                errors.add(Violation.ofField(
                        "window", "window " + described + " lies outside " + agent.id() + "'s availability"));
            }
        }
        supervisor
                .flatMap(s -> teams.supervisor(s.id(), monday))
                .filter(s -> !AttendeeHours.fits(
                        window, dto.lengthMinutes(), monday, s.availability(), ZoneId.of(s.timeZone())))
                .ifPresent(s -> errors.add(Violation.ofField(
                        "window", "window " + described + " lies outside supervisor " + s.id() + "'s availability")));
        return errors;
    }
}

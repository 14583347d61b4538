package org.openwfm.sampledata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.openwfm.access.DemoUsers;
import org.openwfm.activity.ActivityDto;
import org.openwfm.activity.ActivityService;
import org.openwfm.client.ClientDto;
import org.openwfm.client.ClientRepository;
import org.openwfm.client.ClientService;
import org.openwfm.forecast.ForecastService;
import org.openwfm.forecast.generate.SpecialDayViews.MarkRequest;
import org.openwfm.shared.StartupLock;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.workforce.AgentDto;
import org.openwfm.workforce.AgentService;
import org.openwfm.workforce.team.SupervisorDto;
import org.openwfm.workforce.team.SupervisorService;
import org.openwfm.workforce.team.TeamDto;
import org.openwfm.workforce.team.TeamService;

/**
 * Demo mode: fills an empty database with the sample clients, agents, supervisors, teams and their weekly
 * activities, four forecast weeks, the actuals of the weeks
 * before and the retailer's sale days, and demo users (see data/README.md), moved so that the first week is the
 * current one. Everything goes through the same services and validation as the API, in one transaction: a start
 * either loads all of it or none.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String DIRECTORY = "sample-data/";
    static final String FORECAST_FILE = "forecast-weeks.csv";
    static final String ACTUALS_FILE = "actuals-history.csv";
    static final String SPECIAL_DAYS_FILE = "special-days.json";
    /** Who the sample's uploads and marks are recorded as having come from. */
    static final String LOADED_BY = "sample-data";

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    @Inject
    ClientRepository clientRepository;

    @Inject
    DemoUsers demoUsers;

    @Inject
    ClientService clients;

    @Inject
    AgentService agents;

    @Inject
    SupervisorService supervisors;

    @Inject
    TeamService teams;

    @Inject
    ActivityService activities;

    @Inject
    ForecastService forecasts;

    @Inject
    DemoHistory history;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    StartupLock startupLock;

    /** Runs before the initial admin is settled, so that an empty database gets the demo's users first. */
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (config.demo()) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
            LOG.warn(
                    "Demo mode: users with known passwords can sign in (admin/admin, planner/planner, forecaster/forecaster,"
                            + " A001 to A150 with password 'agent', supervisors s1 to s4 with their own name)."
                            + " Never run demo mode where others can reach the service.");
        }
    }

    /**
     * Under the start-up lock, so that of replicas starting together on an empty database one loads and the others
     * wait for its commit, then find the data and skip.
     */
    void loadIfEmpty() {
        startupLock.hold();
        if (clientRepository.count() > 0 || demoUsers.anyUser()) {
            LOG.info("Demo mode: the database already holds data; the sample is not loaded again");
            return;
        }
        List<ClientDto> clientList = read("clients.json", new TypeReference<>() {});
        clientList.forEach(c -> clients.createClient(valid(c)));
        List<AgentDto> agentList = read("agents.json", new TypeReference<List<AgentDto>>() {}).stream()
                .map(this::withTimeOffMoved)
                .toList();
        agentList.forEach(a -> agents.createAgent(valid(a)));
        List<SupervisorDto> supervisorList = read("supervisors.json", new TypeReference<>() {});
        supervisorList.forEach(s -> supervisors.create(valid(s)));
        List<TeamDto> teamList = read("teams.json", new TypeReference<>() {});
        teamList.forEach(t -> teams.create(valid(t)));
        List<ActivityDto> activityList = read("activities.json", new TypeReference<List<ActivityDto>>() {}).stream()
                .map(this::withValidityMoved)
                .toList();
        activityList.forEach(a -> activities.create(valid(a), LOADED_BY));
        DemoWeeks weeks = demoWeeks(clientList);
        forecasts.uploadCsv(
                weeks.movedCsv(text(FORECAST_FILE)),
                LOADED_BY,
                "Demo: four weeks from the current one, a sale day in the coming week");
        List<MarkRequest> saleDays = read(SPECIAL_DAYS_FILE, new TypeReference<List<MarkRequest>>() {}).stream()
                .map(this::valid)
                .toList();
        int actualIntervals = history.load(weeks, text(ACTUALS_FILE), saleDays);
        List<DemoUsers.DemoUser> staff = read("users.json", new TypeReference<>() {});
        demoUsers.create(staff, agentList.stream().map(AgentDto::id).toList());
        LOG.infof(
                "Demo mode: loaded %d clients, %d agents, %d supervisors, %d teams, %d activities, four forecast weeks,"
                        + " %d intervals of actuals, %d users",
                clientList.size(),
                agentList.size(),
                supervisorList.size(),
                teamList.size(),
                activityList.size(),
                actualIntervals,
                staff.size() + agentList.size());
    }

    private DemoWeeks demoWeeks(List<ClientDto> clientList) {
        Map<String, ZoneId> zones =
                clientList.stream().collect(Collectors.toMap(ClientDto::id, c -> ZoneId.of(c.timeZone())));
        Map<String, DemoCalendar> calendars =
                zones.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> calendar(e.getValue())));
        return new DemoWeeks(zones, calendars);
    }

    private DemoCalendar calendar(ZoneId zone) {
        return new DemoCalendar(config.demoFirstWeek().orElseGet(() -> DemoCalendar.currentMonday(clock, zone)));
    }

    private AgentDto withTimeOffMoved(AgentDto agent) {
        DemoCalendar calendar = calendar(ZoneId.of(agent.timeZone()));
        List<AgentDto.TimeOffDto> timeOff = agent.timeOff() == null
                ? null
                : agent.timeOff().stream()
                        .map(t -> new AgentDto.TimeOffDto(
                                calendar.moved(t.start(), ZoneId.of(agent.timeZone())),
                                calendar.moved(t.end(), ZoneId.of(agent.timeZone())),
                                t.reason()))
                        .toList();
        return new AgentDto(
                agent.id(),
                agent.name(),
                agent.timeZone(),
                agent.certifications(),
                agent.contract(),
                agent.availability(),
                timeOff,
                agent.preferredHours(),
                agent.version(),
                null);
    }

    /** An activity's validity dates moved to the demo's weeks, by the calendar of its window's zone. */
    private ActivityDto withValidityMoved(ActivityDto a) {
        DemoCalendar calendar = calendar(
                ZoneId.of(a.window().timeZone() == null ? "UTC" : a.window().timeZone()));
        return new ActivityDto(
                a.id(),
                a.kind(),
                a.name(),
                a.teamId(),
                a.agentIds(),
                a.supervisorId(),
                a.lengthMinutes(),
                a.sessions(),
                a.window(),
                a.placement(),
                a.priority(),
                a.validFrom() == null ? null : calendar.moved(a.validFrom()),
                a.validUntil() == null ? null : calendar.moved(a.validUntil()),
                a.createdBy(),
                a.createdAt());
    }

    private <T> T valid(T dto) {
        Set<ConstraintViolation<T>> violations = validator.validate(dto);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Sample data is invalid: " + violations);
        }
        return dto;
    }

    private <T> T read(String file, TypeReference<T> type) {
        try {
            return json.readValue(text(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample file " + file, e);
        }
    }

    private static String text(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Sample file " + DIRECTORY + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample file " + file, e);
        }
    }
}

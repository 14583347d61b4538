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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.openwfm.access.DemoUsers;
import org.openwfm.client.ClientDto;
import org.openwfm.client.ClientRepository;
import org.openwfm.client.ClientService;
import org.openwfm.forecast.ForecastService;
import org.openwfm.shared.StartupLock;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.workforce.AgentDto;
import org.openwfm.workforce.AgentService;

/**
 * Demo mode: fills an empty database with the sample clients, agents, four forecast weeks and demo users
 * (see data/README.md), moved so that the first week is the current one. Everything goes through the same
 * services and validation as the API, in one transaction: a start either loads all of it or none.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String DIRECTORY = "sample-data/";
    static final String FORECAST_FILE = "forecast-weeks.csv";

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
    ForecastService forecasts;

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
                            + " A001 to A150 with password 'agent'). Never run demo mode where others can reach the service.");
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
        Map<String, ZoneId> clientZones =
                clientList.stream().collect(Collectors.toMap(ClientDto::id, c -> ZoneId.of(c.timeZone())));
        String forecast = movedForecast(text(FORECAST_FILE), clientZones);
        forecasts.uploadCsv(
                forecast, "sample-data", "Demo: four weeks from the current one, a sale day in the coming week");
        List<DemoUsers.DemoUser> staff = read("users.json", new TypeReference<>() {});
        demoUsers.create(staff, agentList.stream().map(AgentDto::id).toList());
        LOG.infof(
                "Demo mode: loaded %d clients, %d agents, four forecast weeks, %d users",
                clientList.size(), agentList.size(), staff.size() + agentList.size());
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
                agent.version());
    }

    /** The sample CSV (our own file: plain fields, no quotes) with every interval start moved to the demo's weeks. */
    private String movedForecast(String csv, Map<String, ZoneId> clientZones) {
        Map<String, DemoCalendar> calendars = clientZones.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> calendar(e.getValue())));
        List<String> lines = csv.lines().toList();
        StringBuilder out = new StringBuilder(csv.length()).append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Instant start = Instant.parse(fields[2]);
            fields[2] = calendars
                    .get(fields[0])
                    .moved(start, clientZones.get(fields[0]))
                    .toString();
            out.append(String.join(",", fields)).append('\n');
        }
        return out.toString();
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

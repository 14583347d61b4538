package org.openwfm.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;
import org.openwfm.access.AppUser;
import org.openwfm.access.PasswordHasher;
import org.openwfm.access.Roles;
import org.openwfm.access.UserRepository;
import org.openwfm.client.ClientDto;
import org.openwfm.client.ClientRepository;
import org.openwfm.client.ClientService;
import org.openwfm.forecast.ForecastService;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.workforce.AgentDto;
import org.openwfm.workforce.AgentService;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty database with the sample clients, agents, forecast week and demo users (see
 * data/README.md). Everything goes through the same services and validation as the API, in one
 * transaction: a start either loads all of it or none.
 */
@ApplicationScoped
public class SampleDataLoader {

    static final String DIRECTORY = "sample-data/";
    static final String FORECAST_FILE = "forecast-2026-11-30.csv";
    /** Every sample agent signs in with its id and this password. */
    static final String AGENT_PASSWORD = "agent";

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);

    record DemoUser(String username, String password, String role) {
    }

    @Inject
    OpenWfmConfig config;

    @Inject
    ClientRepository clientRepository;

    @Inject
    UserRepository users;

    @Inject
    ClientService clients;

    @Inject
    AgentService agents;

    @Inject
    ForecastService forecasts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    void onStart(@Observes StartupEvent event) {
        if (config.sampleData().enabled()) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (clientRepository.count() > 0 || users.count() > 0) {
            LOG.debug("The database already holds data; sample data not loaded");
            return;
        }
        List<ClientDto> clientList = read("clients.json", new TypeReference<>() {
        });
        clientList.forEach(c -> clients.createClient(valid(c)));
        List<AgentDto> agentList = read("agents.json", new TypeReference<>() {
        });
        agentList.forEach(a -> agents.createAgent(valid(a)));
        forecasts.uploadCsv(text(FORECAST_FILE), "sample-data", "Sample week with Cyber Monday");
        List<DemoUser> staff = read("users.json", new TypeReference<>() {
        });
        staff.forEach(u -> addUser(u.username(), hasher.hash(u.password()), u.role(), null));
        // One hash for all agents: 150 bcrypt rounds would add seconds to the first start.
        String agentHash = hasher.hash(AGENT_PASSWORD);
        agentList.forEach(a -> addUser(a.id(), agentHash, Roles.AGENT, a.id()));
        LOG.infof("Loaded sample data: %d clients, %d agents, one forecast week, %d users", clientList.size(),
                agentList.size(), staff.size() + agentList.size());
    }

    private void addUser(String username, String passwordHash, String role, String agentId) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = passwordHash;
        user.role = role;
        user.agentId = agentId;
        users.persist(user);
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

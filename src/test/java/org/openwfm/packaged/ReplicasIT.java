package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the PostgreSQL build on one fresh database, started together in demo mode as a deployment of two
 * starts: the sample loads once, a claim storm split across them books no seat twice, two acceptances of one shift
 * trade give one winner, and a page session made on one is known to the other.
 */
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sample's agents, A001 to A150 (data/agents.json). */
    private static final int SAMPLE_AGENTS = 150;

    private static final int STORM_AGENTS = 20;
    private static final int STORM_SEATS = 5;
    /** One-hour ranges two hours apart, so one agent's claims never touch each other. */
    private static final int STORM_RANGES = 4;

    private static final String STORM_PASSWORD = "storm-password";

    @TempDir
    static Path workDir;

    private static ReplicaDatabase database;
    private static PackagedService a;
    private static PackagedService b;

    @BeforeAll
    static void startTwoReplicasTogetherOnAnEmptyDatabase() throws Exception {
        database = ReplicaDatabase.create("replicas");
        // Tier 1 for agents without a record, so the storm's seats are claimable at once, not after 30 minutes.
        a = PackagedService.demoReplica(workDir, database, "replica-a", "-Dopenwfm.self-service.new-agent-tier=1");
        b = PackagedService.demoReplica(workDir, database, "replica-b", "-Dopenwfm.self-service.new-agent-tier=1");
        PackagedService.startTogether(a, b);
    }

    @AfterAll
    static void stopReplicasAndDropTheDatabase() throws Exception {
        // Closed in reverse: the replicas stop, then the database is dropped.
        try (ReplicaDatabase dropped = database;
                PackagedService stoppedA = a;
                PackagedService stoppedB = b) {
            assertThat(dropped).isNotNull();
        }
    }

    @Test
    void startedTogetherOnAnEmptyDatabaseOneLoadsTheSampleAndTheOtherFindsIt() throws Exception {
        List<PackagedService> loaders = new ArrayList<>();
        for (PackagedService replica : List.of(a, b)) {
            if (replica.output().contains("Demo mode: loaded 3 clients, " + SAMPLE_AGENTS + " agents")) {
                loaders.add(replica);
            }
        }
        assertThat(loaders).as("replicas that loaded the sample").hasSize(1);
        PackagedService other = loaders.get(0) == a ? b : a;
        assertThat(other.output())
                .contains("Demo mode: the database already holds data; the sample is not loaded again");

        for (PackagedService replica : List.of(a, b)) {
            long sampleAgents = 0;
            for (JsonNode agent : json(ok(replica.send("GET", "/api/v1/agents", "planner", null, null)))) {
                sampleAgents += agent.get("id").asText().matches("A\\d{3}") ? 1 : 0;
            }
            assertThat(sampleAgents).as(replica.nodeId()).isEqualTo(SAMPLE_AGENTS);
            var forecasts = replica.send("GET", "/api/v1/forecasts/versions", "planner", null, null);
            assertThat(forecasts.headers().firstValue("X-Total-Count"))
                    .as("forecast uploads seen by " + replica.nodeId())
                    .contains("1");
        }
    }

    @Test
    void aClaimStormSplitAcrossBothReplicasBooksNoSeatTwiceAndTheLedgerBalances() throws Exception {
        LocalDate week = LocalDate.now(ZoneOffset.UTC).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant weekStart = week.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> agents = stormDesk(weekStart);

        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> claimedPerRange = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(STORM_AGENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            String agent = agents.get(i);
            int first = i;
            done.add(workers.submit(() -> {
                go.await();
                for (int r = 0; r < STORM_RANGES; r++) {
                    // Every other request to each replica: each agent and each range is split across both.
                    PackagedService replica = (first + r) % 2 == 0 ? a : b;
                    Instant start = weekStart.plus(Duration.ofHours(2L * r));
                    int status = replica.send(
                                    "POST",
                                    "/api/v1/agents/" + agent + "/claims",
                                    agent,
                                    STORM_PASSWORD,
                                    "application/json",
                                    "{\"clientId\":\"storm\",\"channel\":\"VOICE\",\"start\":\"" + start
                                            + "\",\"end\":\"" + start.plus(Duration.ofHours(1)) + "\"}")
                            .statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 201) {
                        claimedPerRange
                                .computeIfAbsent(r, x -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> claimer : done) {
            claimer.get();
        }
        workers.shutdown();

        int claims = STORM_RANGES * STORM_SEATS;
        assertThat(statuses.keySet()).as("answers " + statuses).containsOnly(201, 409);
        assertThat(statuses.get(201)).hasValue(claims);
        for (int r = 0; r < STORM_RANGES; r++) {
            assertThat(claimedPerRange.get(r)).as("claims on range " + r).hasValue(STORM_SEATS);
        }

        // What the agents' published weeks hold, read back half from each replica.
        Map<Instant, Integer> agentsOnInterval = new TreeMap<>();
        int shifts = 0;
        for (int i = 0; i < agents.size(); i++) {
            PackagedService replica = i % 2 == 0 ? b : a;
            JsonNode weekOfAgent = json(ok(replica.send(
                    "GET", "/api/v1/agents/" + agents.get(i) + "/schedule?weekStart=" + week, "planner", null, null)));
            Instant lastEnd = Instant.MIN;
            for (JsonNode shift : weekOfAgent.get("shifts")) {
                Instant start = Instant.parse(shift.get("start").asText());
                Instant end = Instant.parse(shift.get("end").asText());
                assertThat(start).as(agents.get(i) + "'s shifts overlap").isAfterOrEqualTo(lastEnd);
                lastEnd = end;
                shifts++;
                for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
                    agentsOnInterval.merge(t, 1, Integer::sum);
                }
            }
        }
        assertThat(shifts).as("shifts the agents hold").isEqualTo(claims);
        assertThat(agentsOnInterval.values())
                .as("agents per interval")
                .allSatisfy(n -> assertThat(n).isEqualTo(STORM_SEATS));

        // The ledger: every interval released STORM_SEATS; what is claimed there is exactly who works there.
        JsonNode slots = json(ok(a.send(
                "GET",
                "/api/v1/open-slots?weekStart=" + week + "&clientId=storm&channel=VOICE&includeFilled=true",
                "planner",
                null,
                null)));
        int claimedSeats = 0;
        assertThat(slots).hasSize(2 * (2 * STORM_RANGES - 1));
        for (JsonNode slot : slots) {
            Instant start = Instant.parse(slot.get("start").asText());
            int claimed = slot.get("claimedSeats").asInt();
            assertThat(slot.get("releasedSeats").asInt()).isEqualTo(STORM_SEATS);
            assertThat(slot.get("openSeats").asInt()).as("open at " + start).isEqualTo(STORM_SEATS - claimed);
            assertThat(claimed).as("claimed at " + start).isEqualTo(agentsOnInterval.getOrDefault(start, 0));
            claimedSeats += claimed;
        }
        assertThat(claimedSeats).as("half-hour seats taken").isEqualTo(2 * claims);
    }

    /**
     * Two agents accept one shift trade at once, each through another replica: PostgreSQL's row lock on the trade lets
     * one through and the other reads it taken (409), and the hours go to exactly one of them.
     */
    @Test
    void twoAcceptancesOfOneTradeOnBothReplicasGiveOneWinner() throws Exception {
        LocalDate week = LocalDate.now(ZoneOffset.UTC).plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant start = week.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(8));
        Instant end = start.plus(Duration.ofHours(4));
        created(a.send(
                "POST",
                "/api/v1/clients",
                "planner",
                "application/json",
                "{\"id\":\"trade-race\",\"name\":\"Trade race\",\"timeZone\":\"UTC\","
                        + "\"channels\":[{\"channel\":\"VOICE\",\"releaseNoticeHours\":1}]}"));
        List<String> agents = List.of("TRACE1", "TRACE2", "TRACE3");
        StringBuilder allWeek = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            allWeek.append(allWeek.length() == 0 ? "" : ",")
                    .append("{\"dayOfWeek\":\"" + day + "\",\"start\":\"00:00\",\"end\":\"24:00\"}");
        }
        inParallel(agents, id -> {
            created(a.send(
                    "POST",
                    "/api/v1/agents",
                    "planner",
                    "application/json",
                    "{\"id\":\"" + id + "\",\"name\":\"Trader " + id + "\",\"timeZone\":\"UTC\","
                            + "\"certifications\":[{\"clientId\":\"trade-race\",\"channel\":\"VOICE\"}],"
                            + "\"availability\":[" + allWeek + "],"
                            + "\"contract\":{\"minWeeklyHours\":0,\"maxWeeklyHours\":40,\"maxDailyHours\":8,"
                            + "\"minShiftHours\":2,\"maxShiftHours\":8,\"minRestHours\":8,\"maxConsecutiveDays\":6}}"));
            ok(a.send(
                    "PUT",
                    "/api/v1/users/" + id,
                    "admin",
                    "application/json",
                    "{\"password\":\"" + STORM_PASSWORD + "\",\"role\":\"agent\",\"agentId\":\"" + id + "\"}"));
        });
        created(b.send(
                "POST",
                "/api/v1/open-slots",
                "planner",
                "application/json",
                "{\"clientId\":\"trade-race\",\"channel\":\"VOICE\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"seats\":1}"));
        var claim = a.send(
                "POST",
                "/api/v1/agents/TRACE1/claims",
                "TRACE1",
                STORM_PASSWORD,
                "application/json",
                "{\"clientId\":\"trade-race\",\"channel\":\"VOICE\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
        var offer = b.send(
                "POST",
                "/api/v1/agents/TRACE1/trades",
                "TRACE1",
                STORM_PASSWORD,
                "application/json",
                "{\"shiftId\":" + json(claim.body()).get("id").asLong() + "}");
        assertThat(offer.statusCode()).as(offer.body()).isEqualTo(201);
        long tradeId = json(offer.body()).get("id").asLong();

        List<String> takers = List.of("TRACE2", "TRACE3");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(takers.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (String taker : takers) {
                PackagedService replica = taker.equals("TRACE2") ? a : b;
                answers.add(pool.submit(() -> {
                    go.await();
                    return replica.send(
                            "POST",
                            "/api/v1/trades/" + tradeId + "/accept",
                            taker,
                            STORM_PASSWORD,
                            "application/json",
                            "{\"agentId\":\"" + taker + "\"}");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).as("answers").containsExactlyInAnyOrder(200, 409);
            String winner = takers.get(statuses.indexOf(200));
            for (String agent : agents) {
                JsonNode shifts = json(ok(a.send(
                                "GET",
                                "/api/v1/agents/" + agent + "/schedule?weekStart=" + week,
                                "planner",
                                null,
                                null)))
                        .get("shifts");
                assertThat(shifts.size()).as(agent + "'s shifts").isEqualTo(agent.equals(winner) ? 1 : 0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSessionSignedInOnOneReplicaWorksOnTheOtherAndSigningOutThereEndsItOnBoth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var signedIn = http.send(
                HttpRequest.newBuilder(URI.create(a.baseUrl() + "/api/v1/sign-in"))
                        .header("X-Requested-With", "openwfm-test")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=planner&password=planner"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        String cookie =
                signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        assertThat(cookie).startsWith("openwfm-session=");

        var onB = http.send(withCookie(b, "/api/v1/me", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(json(onB.body()).get("username").asText()).isEqualTo("planner");

        var signedOut = http.send(
                withCookie(b, "/api/v1/sign-out", cookie)
                        .header("X-Requested-With", "openwfm-test")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(204);
        var onAAfter =
                http.send(withCookie(a, "/api/v1/me", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onAAfter.statusCode())
                .as("the session ended on B, asked on A")
                .isEqualTo(401);
    }

    /**
     * A UTC desk "storm" with {@link #STORM_SEATS} seats released on every interval of the storm's ranges, and
     * {@link #STORM_AGENTS} agents who may work any hour, with users; set up through both replicas, and each agent's
     * password checked once on each replica (a replica remembers a checked password), so the storm pays no bcrypt.
     */
    private static List<String> stormDesk(Instant weekStart) throws Exception {
        created(a.send(
                "POST",
                "/api/v1/clients",
                "planner",
                "application/json",
                "{\"id\":\"storm\",\"name\":\"Storm\",\"timeZone\":\"UTC\","
                        + "\"channels\":[{\"channel\":\"VOICE\",\"releaseNoticeHours\":1}]}"));
        List<String> agents = new ArrayList<>();
        for (int i = 1; i <= STORM_AGENTS; i++) {
            agents.add(String.format("S%02d", i));
        }
        // A few at a time: each user costs a bcrypt hash, and each first sign-in on a replica a bcrypt check.
        inParallel(agents, id -> {
            PackagedService replica = agents.indexOf(id) % 2 == 0 ? a : b;
            created(
                    replica.send(
                            "POST",
                            "/api/v1/agents",
                            "planner",
                            "application/json",
                            "{\"id\":\"" + id + "\",\"name\":\"Storm " + id + "\",\"timeZone\":\"UTC\","
                                    + "\"certifications\":[{\"clientId\":\"storm\",\"channel\":\"VOICE\"}],"
                                    + "\"contract\":{\"minWeeklyHours\":0,\"maxWeeklyHours\":168,\"maxDailyHours\":24,"
                                    + "\"minShiftHours\":1,\"maxShiftHours\":24,\"minRestHours\":0,\"maxConsecutiveDays\":7}}"));
            ok(replica.send(
                    "PUT",
                    "/api/v1/users/" + id,
                    "admin",
                    "application/json",
                    "{\"password\":\"" + STORM_PASSWORD + "\",\"role\":\"agent\",\"agentId\":\"" + id + "\"}"));
            for (PackagedService signedInOn : List.of(a, b)) {
                ok(signedInOn.send("GET", "/api/v1/me", id, STORM_PASSWORD, null, null));
            }
        });
        created(b.send(
                "POST",
                "/api/v1/open-slots",
                "planner",
                "application/json",
                "{\"clientId\":\"storm\",\"channel\":\"VOICE\",\"start\":\"" + weekStart + "\",\"end\":\""
                        + weekStart.plus(Duration.ofHours(2L * STORM_RANGES - 1)) + "\",\"seats\":" + STORM_SEATS
                        + "}"));
        return agents;
    }

    private interface AgentStep {
        void run(String agentId) throws Exception;
    }

    private static void inParallel(List<String> agentIds, AgentStep step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> steps = new ArrayList<>();
            for (String id : agentIds) {
                steps.add(pool.submit(() -> {
                    step.run(id);
                    return null;
                }));
            }
            for (Future<?> done : steps) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static HttpRequest.Builder withCookie(PackagedService replica, String path, String cookie) {
        return HttpRequest.newBuilder(URI.create(replica.baseUrl() + path)).header("Cookie", cookie);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(201);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}

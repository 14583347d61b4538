package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openwfm.access.AppUser;
import org.openwfm.access.PasswordHasher;
import org.openwfm.access.UserRepository;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;

/**
 * The land-grab: many agents claim the same hours at the same moment. Exactly as many claims succeed as
 * there are seats, the rest are told the seat is gone, and no agent ends up with overlapping shifts.
 */
@QuarkusTest
class ClaimStormTest {

    static final String WEEK = "2027-05-03";
    static final int AGENTS = 200;
    static final int SEATS = 20;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void twoHundredAgentsClaimingTwentySeatsAtOnceGetExactlyTwentyShifts() {
        Desk desk = Desk.open("storm", 24, "MONDAY 08:00-16:00");
        desk.release("2027-05-03T10:00:00Z", "2027-05-03T12:00:00Z", SEATS);
        List<String> agents = IntStream.rangeClosed(1, AGENTS)
                .mapToObj(i -> String.format("STORM%03d", i))
                .toList();
        agents.forEach(id -> createAgent(id, "storm"));
        signUp(agents);

        List<Integer> statuses = all(agents.stream()
                .map(id -> claim(id, "storm", "2027-05-03T10:00:00Z", "2027-05-03T12:00:00Z", null))
                .toList());

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(SEATS);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(AGENTS - SEATS);
        List<Map<String, Object>> slots = as("planner")
                .queryParams("weekStart", WEEK, "clientId", "storm", "includeFilled", true)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(slots)
                .extracting(s -> s.get("start") + " open " + s.get("openSeats") + " claimed " + s.get("claimedSeats"))
                .containsExactly(
                        "2027-05-03T10:00:00Z open 0 claimed 20",
                        "2027-05-03T10:30:00Z open 0 claimed 20",
                        "2027-05-03T11:00:00Z open 0 claimed 20",
                        "2027-05-03T11:30:00Z open 0 claimed 20");
        List<Map<String, Object>> shifts = stormShifts();
        assertThat(shifts).hasSize(SEATS);
        assertThat(shifts.stream().map(s -> s.get("agentId")).distinct().count())
                .isEqualTo(SEATS);
        assertThat(shifts)
                .allSatisfy(s -> assertThat(s)
                        .containsEntry("start", "2027-05-03T10:00:00Z")
                        .containsEntry("end", "2027-05-03T12:00:00Z"));
    }

    @Test
    void oneAgentClaimingOverlappingRangesAtOnceGetsOneShift() {
        Desk desk = Desk.open("storm-self", 24, "MONDAY 08:00-16:00");
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 5);
        List<String> agents = List.of("OVER1", "OVER2", "OVER3", "OVER4", "OVER5");
        agents.forEach(id -> createAgent(id, "storm-self"));
        signUp(agents);

        List<CompletableFuture<Integer>> pairs = new ArrayList<>();
        for (String id : agents) {
            pairs.add(claim(id, "storm-self", "2027-05-03T09:00:00Z", "2027-05-03T12:00:00Z", null));
            pairs.add(claim(id, "storm-self", "2027-05-03T10:00:00Z", "2027-05-03T13:00:00Z", null));
        }
        List<Integer> statuses = all(pairs);

        for (int i = 0; i < agents.size(); i++) {
            assertThat(List.of(statuses.get(2 * i), statuses.get(2 * i + 1)))
                    .as(agents.get(i))
                    .containsOnlyOnce(201)
                    .allMatch(s -> s == 201 || s == 409 || s == 422);
            assertThat(Desk.asAgent(agents.get(i))
                            .queryParam("weekStart", WEEK)
                            .get("/api/v1/agents/" + agents.get(i) + "/schedule")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("shifts"))
                    .hasSize(1);
        }
        // 5 agents on 09:00–12:00 or 10:00–13:00: 10:00 and 11:30 have all five, so no seat is left there.
        assertThat(desk.openSeats(WEEK, "2027-05-03T10:00:00Z")).isZero();
        assertThat(desk.openSeats(WEEK, "2027-05-03T08:30:00Z")).isEqualTo(5);
    }

    @Test
    void theSameKeySentTwiceAtOnceTakesOneSeat() {
        Desk desk = Desk.open("storm-key", 24, "MONDAY 08:00-16:00");
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 5);
        createAgent("TWICE", "storm-key");
        signUp(List.of("TWICE"));

        List<Integer> statuses = all(List.of(
                claim("TWICE", "storm-key", "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", "same-key"),
                claim("TWICE", "storm-key", "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", "same-key")));

        assertThat(statuses).containsExactly(201, 201);
        assertThat(desk.openSeats(WEEK, "2027-05-03T08:00:00Z")).isEqualTo(4);
        assertThat(Desk.asAgent("TWICE")
                        .queryParam("weekStart", WEEK)
                        .get("/api/v1/agents/TWICE/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts"))
                .hasSize(1);
    }

    private static void createAgent(String id, String clientId) {
        as("planner")
                .body(Map.of(
                        "id",
                        id,
                        "name",
                        "Agent " + id,
                        "timeZone",
                        "America/Phoenix",
                        "certifications",
                        List.of(Map.of("clientId", clientId, "channel", "VOICE")),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                0,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                8,
                                "minShiftHours",
                                2,
                                "maxShiftHours",
                                8,
                                "minRestHours",
                                8,
                                "maxConsecutiveDays",
                                6)))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
    }

    /** Users for the agents, sharing one password hash: sign-in remembers a checked hash, so the storm pays bcrypt once. */
    private void signUp(List<String> agentIds) {
        String hash = hasher.hash(Desk.PASSWORD);
        QuarkusTransaction.requiringNew()
                .run(() -> agentIds.forEach(id -> {
                    AppUser user = new AppUser();
                    user.username = id;
                    user.passwordHash = hash;
                    user.role = "agent";
                    user.agentId = id;
                    users.persist(user);
                }));
    }

    private CompletableFuture<Integer> claim(
            String agentId, String clientId, String start, String end, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/agents/" + agentId + "/claims"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (agentId + ":" + Desk.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + clientId
                        + "\",\"channel\":\"VOICE\",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(HttpResponse::statusCode);
    }

    private static List<Integer> all(List<CompletableFuture<Integer>> claims) {
        return claims.stream().map(CompletableFuture::join).toList();
    }

    private static List<Map<String, Object>> stormShifts() {
        long id = as("planner")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/schedules")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.clientIds == ['storm'] }.id");
        return as("planner")
                .get("/api/v1/schedules/" + id)
                .then()
                .extract()
                .jsonPath()
                .getList("shifts");
    }
}

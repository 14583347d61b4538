package org.openwfm.shared.time;

import static org.openwfm.support.Api.as;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwfm.support.Api;
import org.openwfm.support.PlannerSteps;

/**
 * A client in New York with one VOICE channel and its agents (in Phoenix unless told), built through the
 * API: the two zones of the DST tests, since New York changes its clocks and Phoenix never does. Agents
 * sign in with their id and the password "agent".
 */
final class NewYorkDesk {

    static final String PASSWORD = Api.TEST_USER_PASSWORD;

    final String clientId;

    private NewYorkDesk(String clientId) {
        this.clientId = clientId;
    }

    /** Open on the given local hours ("SUNDAY 01:00-04:00"); 24 h release notice, the default. */
    static NewYorkDesk open(String clientId, String... openingHours) {
        List<Map<String, String>> hours = new ArrayList<>();
        for (String entry : openingHours) {
            String[] parts = entry.split("[ -]");
            hours.add(Map.of("dayOfWeek", parts[0], "open", parts[1], "close", parts[2]));
        }
        as("planner")
                .body(Map.of(
                        "id",
                        clientId,
                        "name",
                        "Desk " + clientId,
                        "timeZone",
                        "America/New_York",
                        "channels",
                        List.of(Map.of("channel", "VOICE", "openingHours", hours))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        return new NewYorkDesk(clientId);
    }

    /** Open every day of the week from {@code open} to {@code close}, New York time. */
    static NewYorkDesk openDaily(String clientId, String open, String close) {
        return open(clientId, everyDay(open, close));
    }

    /** "MONDAY 05:00-10:00" … "SUNDAY 05:00-10:00". */
    static String[] everyDay(String from, String to) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> d + " " + from + "-" + to)
                .toArray(String[]::new);
    }

    /** An agent in Phoenix certified for this desk, with the contract given and a user to sign in as. */
    String agent(String agentId, Map<String, Object> contract, String... availability) {
        return agentIn("America/Phoenix", agentId, contract, availability);
    }

    /** An agent in the given zone certified for this desk, with the contract given and a user to sign in as. */
    String agentIn(String timeZone, String agentId, Map<String, Object> contract, String... availability) {
        List<Map<String, String>> windows = new ArrayList<>();
        for (String entry : availability) {
            String[] parts = entry.split("[ -]");
            windows.add(Map.of("dayOfWeek", parts[0], "start", parts[1], "end", parts[2]));
        }
        as("planner")
                .body(Map.of(
                        "id",
                        agentId,
                        "name",
                        "Agent " + agentId,
                        "timeZone",
                        timeZone,
                        "certifications",
                        List.of(Map.of("clientId", clientId, "channel", "VOICE")),
                        "contract",
                        contract,
                        "availability",
                        windows))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
        as("admin")
                .body(Map.of("password", PASSWORD, "role", "agent", "agentId", agentId))
                .put("/api/v1/users/" + agentId)
                .then()
                .statusCode(200);
        return agentId;
    }

    /** Shifts of {@code minShiftHours} to {@code maxShiftHours}, every day of the week allowed. */
    static Map<String, Object> contract(double minShiftHours, double maxShiftHours) {
        return Map.of(
                "minWeeklyHours",
                0,
                "maxWeeklyHours",
                40,
                "maxDailyHours",
                10,
                "minShiftHours",
                minShiftHours,
                "maxShiftHours",
                maxShiftHours,
                "minRestHours",
                8,
                "maxConsecutiveDays",
                7);
    }

    /** {@code contacts} per half-hour at AHT 300 s for {@code intervals} half-hours from {@code start}. */
    void forecast(String start, int intervals, double contacts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < intervals; i++) {
            rows.add(Map.of(
                    "start",
                    Instant.parse(start).plusSeconds(1800L * i).toString(),
                    "contacts",
                    contacts,
                    "ahtSeconds",
                    300));
        }
        as("forecaster")
                .body(Map.of("clientId", clientId, "channel", "VOICE", "intervals", rows))
                .post("/api/v1/forecasts")
                .then()
                .statusCode(201);
    }

    /** Solves the desk's week and publishes it; returns the schedule id. */
    long solveAndPublish(String weekStart, int solveSeconds) {
        return PlannerSteps.solveAndPublish(clientId, weekStart, solveSeconds);
    }

    /** A planner releases {@code seats} seats on every interval of [start, end), instants written as given. */
    void releaseSeats(String start, String end, int seats) {
        PlannerSteps.releaseSeats(clientId, start, end, seats);
    }

    /** The planner's view of the desk's open seats in the client's week. */
    List<Map<String, Object>> openSlots(String weekStart) {
        return as("planner")
                .queryParams("weekStart", weekStart, "clientId", clientId)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    ValidatableResponse claim(String agentId, String start, String end) {
        return asAgent(agentId)
                .body(Map.of("clientId", clientId, "channel", "VOICE", "start", start, "end", end))
                .post("/api/v1/agents/" + agentId + "/claims")
                .then()
                .log()
                .ifValidationFails();
    }

    static ValidatableResponse release(String agentId, long shiftId, String start) {
        return asAgent(agentId)
                .body(Map.of("shiftId", shiftId, "start", start))
                .post("/api/v1/agents/" + agentId + "/releases")
                .then()
                .log()
                .ifValidationFails();
    }

    /** The agent's published week, Monday to Monday in Phoenix. */
    static JsonPath agentWeek(String agentId, String weekStart) {
        return asAgent(agentId)
                .queryParam("weekStart", weekStart)
                .get("/api/v1/agents/" + agentId + "/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static List<Map<String, Object>> agentOpenSlots(String agentId, String weekStart) {
        return asAgent(agentId)
                .queryParam("weekStart", weekStart)
                .get("/api/v1/agents/" + agentId + "/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    static RequestSpecification asAgent(String agentId) {
        return RestAssured.given()
                .auth()
                .preemptive()
                .basic(agentId, PASSWORD)
                .contentType(ContentType.JSON)
                .header(Api.CLIENT_HEADER, "openwfm-test");
    }
}

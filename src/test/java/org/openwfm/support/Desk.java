package org.openwfm.support;

import static org.openwfm.support.Api.as;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small client of its own per test ("a desk"), with agents who sign in, so tests never share seats.
 * Clients are in UTC so that times read plainly; agents sign in with their id and the password "agent".
 */
public final class Desk {

    public static final String PASSWORD = Api.TEST_USER_PASSWORD;
    /** The week most desks are used in. */
    public static final String WEEK = "2027-05-03";
    /** The opening hours most desks have: Mondays 08:00–16:00 (UTC). */
    public static final String MONDAY = "MONDAY 08:00-16:00";

    /** Where the desk's agents live; their open slots are listed by weeks of this zone. */
    public static final ZoneId AGENT_ZONE = ZoneId.of("America/Phoenix");

    public final String clientId;

    private Desk(String clientId) {
        this.clientId = clientId;
    }

    /** A VOICE desk open on the given days' hours ("MONDAY 08:00-16:00"), or around the clock for none. */
    public static Desk open(String clientId, int releaseNoticeHours, String... openingHours) {
        return open(clientId, Map.of("releaseNoticeHours", releaseNoticeHours), openingHours);
    }

    /**
     * A desk whose agents are productive all the time they are scheduled (shrinkage 0), so a requirement in
     * productive agents is also the headcount schedules plan.
     */
    public static Desk openWithoutShrinkage(String clientId, String... openingHours) {
        return open(clientId, Map.of("releaseNoticeHours", 24, "shrinkage", 0), openingHours);
    }

    private static Desk open(String clientId, Map<String, Object> channelRules, String... openingHours) {
        List<Map<String, String>> hours = new ArrayList<>();
        for (String entry : openingHours) {
            String[] parts = entry.split("[ -]");
            hours.add(Map.of("dayOfWeek", parts[0], "open", parts[1], "close", parts[2]));
        }
        Map<String, Object> channel = new java.util.HashMap<>(channelRules);
        channel.put("channel", "VOICE");
        channel.put("openingHours", hours);
        as("planner")
                .body(Map.of(
                        "id", clientId, "name", "Desk " + clientId, "timeZone", "UTC", "channels", List.of(channel)))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        return new Desk(clientId);
    }

    /** An agent in Phoenix certified for this desk, who may work 2–8 h shifts, with a user to sign in as. */
    public String agent(String agentId, String... availability) {
        return agent(agentId, List.of(clientId), availability);
    }

    public static String agent(String agentId, List<String> certifiedFor, String... availability) {
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
                        AGENT_ZONE.getId(),
                        "certifications",
                        certifiedFor.stream()
                                .map(c -> Map.of("clientId", c, "channel", "VOICE"))
                                .toList(),
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
                                6),
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

    public static RequestSpecification asAgent(String agentId) {
        return RestAssured.given()
                .auth()
                .preemptive()
                .basic(agentId, PASSWORD)
                .contentType(ContentType.JSON)
                .header(Api.CLIENT_HEADER, "openwfm-test");
    }

    /** A forecast of {@code contacts} per half-hour at AHT 300 s for {@code intervals} half-hours from {@code start}. */
    public void forecast(String start, int intervals, double contacts) {
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
    public long solveAndPublish(String weekStart) {
        return PlannerSteps.solveAndPublish(clientId, weekStart, 2);
    }

    /** Planner releases {@code seats} seats on every interval of [start, end). */
    public void release(String start, String end, int seats) {
        PlannerSteps.releaseSeats(clientId, start, end, seats);
    }

    /** The planner's view of the desk's open seats in the week, by interval start. */
    public Map<String, Map<String, Object>> slots(String weekStart) {
        List<Map<String, Object>> list = as("planner")
                .queryParams("weekStart", weekStart, "clientId", clientId)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, Map<String, Object>> byStart = new java.util.TreeMap<>();
        list.forEach(slot -> byStart.put((String) slot.get("start"), slot));
        return byStart;
    }

    public int openSeats(String weekStart, String start) {
        Map<String, Object> slot = slots(weekStart).get(start);
        return slot == null ? 0 : ((Number) slot.get("openSeats")).intValue();
    }

    public static JsonPath claim(String agentId, String clientId, String start, String end, int status) {
        return asAgent(agentId)
                .body(Map.of("clientId", clientId, "channel", "VOICE", "start", start, "end", end))
                .post("/api/v1/agents/" + agentId + "/claims")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    public JsonPath claim(String agentId, String start, String end, int status) {
        return claim(agentId, clientId, start, end, status);
    }

    /** The open slots the agent is offered in the week, as it sees them. */
    public static List<Map<String, Object>> agentSlots(String agentId, String weekStart) {
        return asAgent(agentId)
                .queryParam("weekStart", weekStart)
                .get("/api/v1/agents/" + agentId + "/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }
}

package org.openwfm.selfservice.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;

/**
 * Time-off requests: approved at once within the allowance and the coverage share, pending otherwise, decided by
 * planners; an approval gives the published shift's hours back as open seats.
 */
@QuarkusTest
class TimeOffRequestsTest {

    /** A Monday no other test plans: the desks open 08:00–16:00 UTC, 01:00–09:00 for the Phoenix agents. */
    static final String WEEK = "2027-09-06";

    @Inject
    DecisionsHeard decisions;

    static JsonPath ask(String agentId, String start, String end, String reason, int status) {
        return asAgent(agentId)
                .body(
                        reason == null
                                ? Map.of("start", start, "end", end)
                                : Map.of("start", start, "end", end, "reason", reason))
                .post("/api/v1/agents/" + agentId + "/time-off-requests")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    static List<Map<String, Object>> shiftsOf(String agentId) {
        return asAgent(agentId)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/" + agentId + "/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
    }

    static JsonPath allowance(String agentId, int year) {
        return as("planner")
                .queryParam("year", year)
                .get("/api/v1/agents/" + agentId + "/time-off-allowance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every listed seat row balances: open = uncovered + released − claimed. */
    static void assertLedgerBalances(Map<String, Map<String, Object>> slots) {
        slots.forEach((start, slot) -> assertThat((int) slot.get("openSeats"))
                .as("ledger at %s", start)
                .isEqualTo((int) slot.get("uncoveredSeats")
                        + (int) slot.get("releasedSeats")
                        - (int) slot.get("claimedSeats")));
    }

    @Test
    void aRequestWithinAllowanceAndCoverageIsApprovedAtOnceAndItsShiftHoursReopen() {
        Desk desk = Desk.open("to-auto", 24, MONDAY);
        // The channel's coverage rules require 2 agents on every open interval; three claim the day.
        desk.release("2027-09-06T08:00:00Z", "2027-09-06T16:00:00Z", 3);
        String agent = desk.agent("TOA1");
        for (String claimer : List.of(agent, desk.agent("TOA2"), desk.agent("TOA3"))) {
            desk.claim(claimer, "2027-09-06T08:00:00Z", "2027-09-06T16:00:00Z", 201);
        }

        JsonPath made = ask(agent, "2027-09-06T11:00:00Z", "2027-09-06T13:00:00Z", "dentist", 201);

        assertThat(made.getString("status")).as(made.getString("pendingReason")).isEqualTo("APPROVED");
        assertThat(made.getString("decidedBy")).isEqualTo("auto");
        assertThat(made.getString("decisionReason")).isEqualTo("within the allowance and the coverage share");
        assertThat(made.getDouble("hours")).isEqualTo(2.0);
        assertThat(made.getString("pendingReason")).isNull();
        long id = made.getLong("id");
        // The 8-hour shift is split around the time off.
        assertThat(shiftsOf(agent))
                .extracting(s -> s.get("start") + "–" + s.get("end"))
                .containsExactly(
                        "2027-09-06T08:00:00Z–2027-09-06T11:00:00Z", "2027-09-06T13:00:00Z–2027-09-06T16:00:00Z");
        Map<String, Map<String, Object>> slots = desk.slots(WEEK);
        assertThat(slots.keySet())
                .containsExactly(
                        "2027-09-06T11:00:00Z", "2027-09-06T11:30:00Z", "2027-09-06T12:00:00Z", "2027-09-06T12:30:00Z");
        assertThat(slots.get("2027-09-06T11:00:00Z"))
                .containsEntry("openSeats", 1)
                .containsEntry("releasedSeats", 4)
                .containsEntry("claimedSeats", 3);
        assertLedgerBalances(slots);
        assertThat(as("planner")
                        .get("/api/v1/agents/" + agent)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("timeOff"))
                .containsExactly(Map.of(
                        "start",
                        "2027-09-06T11:00:00Z",
                        "end",
                        "2027-09-06T13:00:00Z",
                        "reason",
                        "Time off request " + id + ": dentist"));
        Map<String, Object> logged = asAgent(agent)
                .get("/api/v1/agents/" + agent + "/history")
                .then()
                .extract()
                .jsonPath()
                .getMap("[0]");
        assertThat(logged)
                .containsEntry("action", "TIME_OFF")
                .containsEntry("outcome", "DONE")
                .containsEntry("minutes", 120)
                .containsEntry("username", "auto");
        JsonPath held = allowance(agent, 2027);
        assertThat(held.getDouble("hours")).isEqualTo(160.0);
        assertThat(held.getDouble("used")).isEqualTo(2.0);
        assertThat(held.getDouble("pending")).isEqualTo(0.0);
        assertThat(held.getDouble("remaining")).isEqualTo(158.0);
        assertThat(decisions.of(id))
                .containsExactly(new TimeOffDecided(
                        id,
                        agent,
                        "APPROVED",
                        Instant.parse("2027-09-06T11:00:00Z"),
                        Instant.parse("2027-09-06T13:00:00Z"),
                        "within the allowance and the coverage share",
                        "auto"));
    }

    @Test
    void aRequestThatWouldLeaveTooFewAgentsWaitsAndAPlannersApprovalReleasesTheShift() {
        Desk desk = Desk.openWithoutShrinkage("to-cover", MONDAY);
        desk.forecast("2027-09-06T08:00:00Z", 16, 3);
        // Two agents are required on every interval; the planner opens two seats (publishing the week, empty) and
        // both agents claim them.
        int required = as("planner")
                .queryParams("clientId", "to-cover", "channel", "VOICE", "weekStart", WEEK)
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("intervals.find { it.start == '2027-09-06T08:00:00Z' }.requiredWithShrinkage");
        assertThat(required).isEqualTo(2);
        desk.release("2027-09-06T08:00:00Z", "2027-09-06T12:00:00Z", 2);
        String leaving = desk.agent("TOC1");
        String staying = desk.agent("TOC2");
        desk.claim(leaving, "2027-09-06T08:00:00Z", "2027-09-06T12:00:00Z", 201);
        desk.claim(staying, "2027-09-06T08:00:00Z", "2027-09-06T12:00:00Z", 201);

        JsonPath made = ask(leaving, "2027-09-06T07:00:00Z", "2027-09-07T07:00:00Z", "family", 201);

        String why =
                "to-cover VOICE 2027-09-06T08:00:00Z would fall to 1 of 2 required agents (auto-approval keeps 90%)";
        assertThat(made.getString("status")).isEqualTo("PENDING");
        assertThat(made.getString("pendingReason")).isEqualTo(why);
        assertThat(made.getString("decisionReason")).isEqualTo(why);
        assertThat(made.getString("decidedBy")).isNull();
        assertThat(made.getDouble("hours")).isEqualTo(8.0);
        long id = made.getLong("id");
        assertThat(shiftsOf(leaving)).hasSize(1);
        assertThat(desk.slots(WEEK)).doesNotContainKey("2027-09-06T08:00:00Z");
        assertThat(allowance(leaving, 2027).getDouble("pending")).isEqualTo(8.0);
        assertThat(as("planner")
                        .queryParam("status", "PENDING")
                        .get("/api/v1/time-off-requests")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .contains(id);
        assertThat(decisions.of(id)).isEmpty();

        as("planner")
                .body(Map.of("reason", "cover arranged"))
                .post("/api/v1/time-off-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("planner"))
                .body("decisionReason", equalTo("cover arranged"))
                .body("pendingReason", equalTo(why));

        assertThat(shiftsOf(leaving)).isEmpty();
        assertThat(shiftsOf(staying)).hasSize(1);
        Map<String, Map<String, Object>> after = desk.slots(WEEK);
        for (String start : List.of("2027-09-06T08:00:00Z", "2027-09-06T11:30:00Z")) {
            assertThat(after.get(start))
                    .as("seats at %s", start)
                    .containsEntry("openSeats", 1)
                    .containsEntry("uncoveredSeats", 0)
                    .containsEntry("releasedSeats", 3)
                    .containsEntry("claimedSeats", 2);
        }
        assertThat(after).doesNotContainKey("2027-09-06T12:00:00Z");
        assertLedgerBalances(after);
        JsonPath held = allowance(leaving, 2027);
        assertThat(held.getDouble("used")).isEqualTo(8.0);
        assertThat(held.getDouble("pending")).isEqualTo(0.0);

        for (String decision : List.of("approve", "deny")) {
            as("planner")
                    .body(Map.of("reason", "again"))
                    .post("/api/v1/time-off-requests/" + id + "/" + decision)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo("Request " + id + " is already APPROVED (by planner); only a pending "
                                    + "request can be decided"));
        }
        assertThat(decisions.of(id)).extracting(TimeOffDecided::status).containsExactly("APPROVED");
        assertThat(decisions.of(id).get(0).decisionReason()).isEqualTo("cover arranged");
    }

    @Test
    void aRequestBeyondTheAllowanceWaitsAndAPlannerMayDenyIt() {
        Desk desk = Desk.open("to-allow", 24, MONDAY);
        String agent = desk.agent("TOB1");
        as("planner")
                .body(Map.of("year", 2028, "hours", 8))
                .put("/api/v1/agents/" + agent + "/time-off-allowance")
                .then()
                .statusCode(200)
                .body("year", equalTo(2028))
                .body("hours", equalTo(8.0f))
                .body("remaining", equalTo(8.0f));

        // Monday and Tuesday in Phoenix, 8 h each (the agent has no weekly availability: every day counts).
        JsonPath made = ask(agent, "2028-03-06T07:00:00Z", "2028-03-08T07:00:00Z", "trip", 201);

        assertThat(made.getString("status")).isEqualTo("PENDING");
        assertThat(made.getString("pendingReason")).isEqualTo("beyond the allowance: 16 h asked, 8 h left in 2028");
        assertThat(made.getDouble("hours")).isEqualTo(16.0);
        long id = made.getLong("id");
        JsonPath held = allowance(agent, 2028);
        assertThat(held.getDouble("used")).isEqualTo(0.0);
        assertThat(held.getDouble("pending")).isEqualTo(16.0);
        assertThat(held.getDouble("remaining")).isEqualTo(-8.0);

        as("planner")
                .body(Map.of())
                .post("/api/v1/time-off-requests/" + id + "/deny")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        assertThat(decisions.of(id)).isEmpty();
        as("planner")
                .body(Map.of("reason", "busy week"))
                .post("/api/v1/time-off-requests/" + id + "/deny")
                .then()
                .statusCode(200)
                .body("status", equalTo("DENIED"))
                .body("decisionReason", equalTo("busy week"));
        as("admin")
                .body(Map.of("reason", "changed my mind"))
                .post("/api/v1/time-off-requests/" + id + "/deny")
                .then()
                .statusCode(409);
        assertThat(decisions.of(id))
                .containsExactly(new TimeOffDecided(
                        id,
                        agent,
                        "DENIED",
                        Instant.parse("2028-03-06T07:00:00Z"),
                        Instant.parse("2028-03-08T07:00:00Z"),
                        "busy week",
                        "planner"));
        assertThat(allowance(agent, 2028).getDouble("pending")).isEqualTo(0.0);

        // One day fits the 8 h; a second request over it conflicts; the approved one is cancelled before it begins.
        long approved = ask(agent, "2028-03-06T07:00:00Z", "2028-03-07T07:00:00Z", null, 201)
                .getLong("id");
        assertThat(allowance(agent, 2028).getDouble("remaining")).isEqualTo(0.0);
        ask(agent, "2028-03-06T20:00:00Z", "2028-03-06T22:00:00Z", null, 409);
        asAgent(agent)
                .post("/api/v1/time-off-requests/" + approved + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(as("planner")
                        .get("/api/v1/agents/" + agent)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("timeOff"))
                .isEmpty();
        asAgent(agent)
                .post("/api/v1/time-off-requests/" + approved + "/cancel")
                .then()
                .statusCode(409);
        assertThat(allowance(agent, 2028).getDouble("remaining")).isEqualTo(8.0);
        assertThat(asAgent(agent)
                        .get("/api/v1/agents/" + agent + "/time-off-requests")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("status"))
                .containsExactlyInAnyOrder("DENIED", "CANCELLED");
    }

    @Test
    void onlyTheAgentAsksAndCancelsAndOnlyPlannersAndAdminsDecide() {
        Desk desk = Desk.open("to-roles", 24, MONDAY);
        String agent = desk.agent("TOR1");
        String other = desk.agent("TOR2");
        as("planner")
                .body(Map.of("year", 2027, "hours", 0))
                .put("/api/v1/agents/" + agent + "/time-off-allowance")
                .then()
                .statusCode(200);
        String path = "/api/v1/agents/" + agent + "/time-off-requests";
        Map<String, String> body = Map.of("start", "2027-10-04T15:00:00Z", "end", "2027-10-04T17:00:00Z");

        asAgent(other).body(body).post(path).then().statusCode(403);
        as("planner").body(body).post(path).then().statusCode(403);
        as("s1").body(body).post(path).then().statusCode(403);
        Api.anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .body(body)
                .post(path)
                .then()
                .statusCode(401);
        long id = ask(agent, "2027-10-04T15:00:00Z", "2027-10-04T17:00:00Z", null, 201)
                .getLong("id");

        asAgent(other).get(path).then().statusCode(403);
        as("s1").get(path).then().statusCode(403);
        as("forecaster").get(path).then().statusCode(403);
        Api.anonymous().get(path).then().statusCode(401);
        as("admin").get(path).then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
        as("planner").get(path).then().statusCode(200).body("[0].status", equalTo("PENDING"));

        asAgent(agent).get("/api/v1/time-off-requests").then().statusCode(403);
        as("s1").get("/api/v1/time-off-requests").then().statusCode(403);
        as("forecaster").get("/api/v1/time-off-requests").then().statusCode(403);
        as("admin").get("/api/v1/time-off-requests").then().statusCode(200);

        String allowancePath = "/api/v1/agents/" + agent + "/time-off-allowance";
        asAgent(agent)
                .queryParam("year", 2027)
                .get(allowancePath)
                .then()
                .statusCode(200)
                .body("hours", equalTo(0.0f));
        asAgent(other).get(allowancePath).then().statusCode(403);
        as("s1").get(allowancePath).then().statusCode(403);
        asAgent(agent)
                .body(Map.of("year", 2027, "hours", 80))
                .put(allowancePath)
                .then()
                .statusCode(403);
        as("s1").body(Map.of("year", 2027, "hours", 80))
                .put(allowancePath)
                .then()
                .statusCode(403);

        Map<String, String> reason = Map.of("reason", "why not");
        for (String decision : List.of("approve", "deny")) {
            String decide = "/api/v1/time-off-requests/" + id + "/" + decision;
            asAgent(agent).body(reason).post(decide).then().statusCode(403);
            as("s1").body(reason).post(decide).then().statusCode(403);
            as("forecaster").body(reason).post(decide).then().statusCode(403);
            Api.anonymous()
                    .header(Api.CLIENT_HEADER, "openwfm-test")
                    .body(reason)
                    .post(decide)
                    .then()
                    .statusCode(401);
        }
        asAgent(other)
                .post("/api/v1/time-off-requests/" + id + "/cancel")
                .then()
                .statusCode(403);
        as("planner").post("/api/v1/time-off-requests/" + id + "/cancel").then().statusCode(403);
        assertThat(decisions.of(id)).isEmpty();

        as("admin")
                .body(reason)
                .post("/api/v1/time-off-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("admin"));
        assertThat(decisions.of(id)).extracting(TimeOffDecided::status).containsExactly("APPROVED");
    }

    @Test
    void badRequestsNameTheFieldAndWriteNothing() {
        Desk desk = Desk.open("to-bad", 24, MONDAY);
        String agent = desk.agent("TOV1");
        Object[][] cases = {
            {"2027-10-04T08:15:00Z", "2027-10-04T10:00:00Z", "start"},
            {"2027-10-04T08:00:00Z", "2027-10-04T10:10:00Z", "end"},
            {"2027-10-04T10:00:00Z", "2027-10-04T10:00:00Z", "end"},
            {"2027-10-04T10:00:00Z", "2027-10-04T08:00:00Z", "end"},
            {"2027-10-04T08:00:00Z", "2027-10-18T08:30:00Z", "end"},
            {"2020-10-05T08:00:00Z", "2020-10-05T10:00:00Z", "start"},
            {"next monday", "2027-10-04T10:00:00Z", "start"},
        };
        for (Object[] c : cases) {
            asAgent(agent)
                    .body(Map.of("start", c[0], "end", c[1]))
                    .post("/api/v1/agents/" + agent + "/time-off-requests")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(c[2]));
        }
        asAgent(agent)
                .body(Map.of("end", "2027-10-04T10:00:00Z"))
                .post("/api/v1/agents/" + agent + "/time-off-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        asAgent(agent)
                .body(Map.of("start", "2027-10-04T08:00:00Z", "end", "2027-10-04T10:00:00Z", "reason", "x".repeat(201)))
                .post("/api/v1/agents/" + agent + "/time-off-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("reason"));
        // Fourteen days exactly is allowed: the limit is on the length, not one day less.
        assertThat(ask(agent, "2027-10-04T07:00:00Z", "2027-10-18T07:00:00Z", null, 201)
                        .getString("status"))
                .isEqualTo("APPROVED");

        as("planner").get("/api/v1/agents/TO-NOBODY/time-off-requests").then().statusCode(404);
        as("planner").get("/api/v1/agents/TO-NOBODY/time-off-allowance").then().statusCode(404);
        as("planner")
                .body(Map.of("year", 2027, "hours", 8))
                .put("/api/v1/agents/TO-NOBODY/time-off-allowance")
                .then()
                .statusCode(404);
        as("planner")
                .body(Map.of("reason", "x"))
                .post("/api/v1/time-off-requests/987654321/approve")
                .then()
                .statusCode(404);
        as("planner")
                .body(Map.of("reason", "x"))
                .post("/api/v1/time-off-requests/987654321/deny")
                .then()
                .statusCode(404);
        asAgent(agent).post("/api/v1/time-off-requests/987654321/cancel").then().statusCode(404);
        as("planner")
                .body(Map.of("reason", "x"))
                .post("/api/v1/time-off-requests/abc/approve")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
        as("planner")
                .queryParam("status", "MAYBE")
                .get("/api/v1/time-off-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        String allowancePath = "/api/v1/agents/" + agent + "/time-off-allowance";
        as("planner")
                .queryParam("year", "soon")
                .get(allowancePath)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("planner")
                .body(Map.of("year", 1999, "hours", 8))
                .put(allowancePath)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as("planner")
                .body(Map.of("year", 2027, "hours", -1))
                .put(allowancePath)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("hours"));

        // Only the one good request was written, and the allowance is untouched by the refused ones.
        assertThat(as("planner")
                        .get("/api/v1/agents/" + agent + "/time-off-requests")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id"))
                .hasSize(1);
        JsonPath held = allowance(agent, 2027);
        assertThat(held.getDouble("hours")).isEqualTo(160.0);
        assertThat(held.getDouble("used")).isEqualTo(14 * 8.0);
    }
}

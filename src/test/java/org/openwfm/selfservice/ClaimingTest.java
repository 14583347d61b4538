package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.agentSlots;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** Claiming open seats through the API: a claim takes a seat per interval, is idempotent, and is refused with every broken rule. */
@QuarkusTest
class ClaimingTest {

    @Test
    void aClaimTakesASeatOnEveryIntervalAndMakesOrExtendsAShift() {
        Desk desk = Desk.open("ss-claim", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String agent = desk.agent("SC1");

        JsonPath made = asAgent(agent)
                .body(Map.of(
                        "clientId",
                        "ss-claim",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T10:00:00Z",
                        "end",
                        "2027-05-03T12:00:00Z"))
                .post("/api/v1/agents/SC1/claims")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/agents/SC1/schedule?weekStart=2027-05-03"))
                .body("start", equalTo("2027-05-03T10:00:00Z"))
                .body("end", equalTo("2027-05-03T12:00:00Z"))
                .extract()
                .jsonPath();
        long shiftId = made.getLong("id");
        JsonPath later = desk.claim(agent, "2027-05-03T12:00:00Z", "2027-05-03T13:00:00Z", 201);
        JsonPath earlier = desk.claim(agent, "2027-05-03T09:00:00Z", "2027-05-03T10:00:00Z", 201);

        assertThat(later.getLong("id")).isEqualTo(shiftId);
        assertThat(earlier.getLong("id")).isEqualTo(shiftId);
        assertThat(earlier.getString("start")).isEqualTo("2027-05-03T09:00:00Z");
        assertThat(earlier.getString("end")).isEqualTo("2027-05-03T13:00:00Z");
        assertThat(earlier.getList("breaks")).hasSize(1); // a 4-hour shift earns one short break
        List<Map<String, Object>> week = asAgent(agent)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/SC1/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        assertThat(week)
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry("shiftId", (int) shiftId)
                        .containsEntry("start", "2027-05-03T09:00:00Z")
                        .containsEntry("end", "2027-05-03T13:00:00Z"));
        // Later hours can only extend the shift (8 h rest rules out a second one that day), so every one that can is
        // offered.
        assertThat(agentSlots(agent, WEEK))
                .extracting(slot -> ((String) slot.get("start")).substring(11, 16))
                .containsExactly("08:00", "08:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30");
        Map<String, Map<String, Object>> slots = desk.slots(WEEK);
        assertThat(slots.get("2027-05-03T08:30:00Z"))
                .containsEntry("openSeats", 2)
                .containsEntry("claimedSeats", 0);
        assertThat(slots.get("2027-05-03T09:00:00Z"))
                .containsEntry("openSeats", 1)
                .containsEntry("claimedSeats", 1)
                .containsEntry("releasedSeats", 2);
        assertThat(slots.get("2027-05-03T12:30:00Z")).containsEntry("openSeats", 1);
        assertThat(slots.get("2027-05-03T13:00:00Z")).containsEntry("openSeats", 2);
        List<Map<String, Object>> history = asAgent(agent)
                .get("/api/v1/agents/SC1/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(history)
                .extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("start"))
                .containsExactly(
                        "CLAIM DONE 2027-05-03T09:00:00Z",
                        "CLAIM DONE 2027-05-03T12:00:00Z",
                        "CLAIM DONE 2027-05-03T10:00:00Z");
        assertThat(as("planner")
                        .queryParam("weekStart", WEEK)
                        .get("/api/v1/schedules")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("findAll { it.clientIds == ['ss-claim'] }.message", String.class))
                .containsExactly("Opened for self-scheduling: no solved schedule was published for this week");
    }

    @Test
    void repeatingAClaimWithTheSameKeyReturnsTheFirstAnswerAndTakesNoSecondSeat() {
        Desk desk = Desk.open("ss-idem", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 3);
        String agent = desk.agent("SI1");
        Map<String, Object> body = Map.of(
                "clientId",
                "ss-idem",
                "channel",
                "VOICE",
                "start",
                "2027-05-03T08:00:00Z",
                "end",
                "2027-05-03T10:00:00Z");

        JsonPath first = asAgent(agent)
                .header("Idempotency-Key", "claim-1")
                .body(body)
                .post("/api/v1/agents/SI1/claims")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath again = asAgent(agent)
                .header("Idempotency-Key", "claim-1")
                .body(body)
                .post("/api/v1/agents/SI1/claims")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .jsonPath();

        assertThat(again.getLong("id")).isEqualTo(first.getLong("id"));
        assertThat(again.getString("end")).isEqualTo("2027-05-03T10:00:00Z");
        assertThat(desk.openSeats(WEEK, "2027-05-03T08:00:00Z")).isEqualTo(2);
        assertThat(desk.slots(WEEK).get("2027-05-03T09:30:00Z")).containsEntry("claimedSeats", 1);
        asAgent(agent)
                .header("Idempotency-Key", "claim-1")
                .body(Map.of(
                        "clientId",
                        "ss-idem",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T12:00:00Z",
                        "end",
                        "2027-05-03T14:00:00Z"))
                .post("/api/v1/agents/SI1/claims")
                .then()
                .statusCode(422)
                .body("detail", containsString("already used for a different request"));
    }

    @Test
    void aClaimBreakingRulesIsRefusedWithEveryRuleAndItsReason() {
        Desk desk = Desk.open("ss-rules", 24, MONDAY);
        Desk.open("ss-rules-b", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 1);
        String stranger = Desk.agent("SX1", List.of("ss-rules-b"));
        String certified = desk.agent("SX2");

        JsonPath refused = asAgent(stranger)
                .body(Map.of(
                        "clientId",
                        "ss-rules",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T08:00:00Z",
                        "end",
                        "2027-05-03T09:00:00Z"))
                .post("/api/v1/agents/SX1/claims")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();

        assertThat(refused.getList("errors.rule")).containsExactly("certification", "minimum shift length");
        assertThat(refused.getList("errors.message"))
                .containsExactly(
                        "SX1 is not certified for ss-rules VOICE",
                        "A shift lasts at least 2 h; this claim would make a shift of 1 h (Mon 2027-05-03 01:00–02:00)");
        Desk.claim(certified, "ss-rules", "2027-05-03T15:00:00Z", "2027-05-03T17:00:00Z", 422);
        assertThat(Desk.claim(certified, "ss-rules", "2027-05-03T15:00:00Z", "2027-05-03T17:00:00Z", 422)
                        .getList("errors.message"))
                .containsExactly("ss-rules VOICE is closed at Mon 2027-05-03 16:00 (UTC)");
        assertThat(asAgent(certified)
                        .get("/api/v1/agents/SX2/history")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("outcome"))
                .containsExactly("REFUSED", "REFUSED");
        assertThat(desk.openSeats(WEEK, "2027-05-03T15:00:00Z")).isEqualTo(1);
        Desk.claim(certified, "ss-rules", "2027-05-03T08:10:00Z", "2027-05-03T10:00:00Z", 400);
        Desk.claim(certified, "ss-rules", "2027-05-03T10:00:00Z", "2027-05-03T08:00:00Z", 400);
        Desk.claim(certified, "ss-rules", "2027-05-09T22:00:00Z", "2027-05-10T02:00:00Z", 400);
        Desk.claim(certified, "nobody", "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", 400);
        Desk.claim(certified, "ss-rules", "2027-05-10T08:00:00Z", "2027-05-10T10:00:00Z", 409);
    }
}

package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openwfm.selfservice.Desk.asAgent;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Open seats, claims and releases through the API, each test on a desk (client) of its own. */
@QuarkusTest
class SelfServiceTest {

    static final String WEEK = "2027-05-03";
    static final String MONDAY = "MONDAY 08:00-16:00";
    /** Few enough calls (1.7 Erlangs) that one more agent next to SP1 visibly raises the service level. */
    static final int PUB_CONTACTS = 10;

    @Test
    void publishingOpensTheSeatsTheScheduleLeavesUncoveredValuedByTheStaffingMath() {
        Desk desk = Desk.open("ss-pub", 24, MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, PUB_CONTACTS);
        desk.agent("SP1", "MONDAY 01:00-05:00"); // 08:00–12:00 UTC
        String claimer = desk.agent("SP2");

        long schedule = desk.solveAndPublish(WEEK);

        List<Map<String, Object>> shifts = as("planner")
                .get("/api/v1/schedules/" + schedule)
                .then()
                .extract()
                .jsonPath()
                .getList("shifts");
        assertThat(shifts).hasSize(1);
        Instant shiftStart = Instant.parse((String) shifts.get(0).get("start"));
        Instant shiftEnd = Instant.parse((String) shifts.get(0).get("end"));
        Map<String, Map<String, Object>> slots = desk.slots(WEEK);
        List<Map<String, Object>> intervals = as("planner")
                .queryParams("clientId", "ss-pub", "channel", "VOICE", "weekStart", WEEK)
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals");
        int checked = 0;
        for (Map<String, Object> interval : intervals) {
            Instant start = Instant.parse((String) interval.get("start"));
            int required = ((Number) interval.get("requiredWithShrinkage")).intValue();
            int planned = !start.isBefore(shiftStart) && start.isBefore(shiftEnd) ? 1 : 0;
            int uncovered = Math.max(0, required - planned);
            Map<String, Object> slot = slots.get(start.toString());
            if (uncovered == 0) {
                assertThat(slot).as("no seats at %s", start).isNull();
                continue;
            }
            checked++;
            assertThat(slot)
                    .as("seats at %s", start)
                    .containsEntry("openSeats", uncovered)
                    .containsEntry("uncoveredSeats", uncovered)
                    .containsEntry("required", required)
                    .containsEntry("planned", planned)
                    .containsEntry("claimedSeats", 0);
        }
        assertThat(checked).isEqualTo(16);

        // What one more agent is worth at the first interval, where SP1 (perhaps partly on a break) already is.
        String first = "2027-05-03T08:00:00Z";
        Map<String, Object> offered = agentSlots(claimer, WEEK).stream()
                .filter(s -> first.equals(s.get("start")))
                .findFirst()
                .orElseThrow();
        double present = as("planner")
                .queryParams("clientId", "ss-pub", "channel", "VOICE")
                .get("/api/v1/schedules/" + schedule + "/coverage")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.start == '" + first + "' }.scheduled", Double.class)
                .get(0);
        assertThat(((Number) offered.get("expectedTalkMinutes")).doubleValue())
                .isEqualTo(
                        Math.round(Math.min(30, PUB_CONTACTS * 300 / 60.0 / (present + 1)) * 10) / 10.0, within(1e-9));
        assertThat(((Number) offered.get("serviceLevelGain")).doubleValue())
                .isCloseTo(
                        serviceLevel((present + 1) * 0.7) - serviceLevel(present * 0.7),
                        within(1e-6)); // the calculator rounds to 8 places
        assertThat(((Number) offered.get("serviceLevelGain")).doubleValue()).isPositive();
    }

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
    void anAgentActsOnlyAsItselfAndSeesOnlyItsOwnShifts() {
        Desk desk = Desk.open("ss-self", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String one = desk.agent("SF1");
        String other = desk.agent("SF2");
        long shiftOfOne = desk.claim(one, "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", 201)
                .getLong("id");
        Map<String, Object> claim = Map.of(
                "clientId",
                "ss-self",
                "channel",
                "VOICE",
                "start",
                "2027-05-03T12:00:00Z",
                "end",
                "2027-05-03T14:00:00Z");

        asAgent(other)
                .body(claim)
                .post("/api/v1/agents/SF1/claims")
                .then()
                .statusCode(403)
                .body("detail", equalTo("An agent may only act as itself"));
        as("planner").body(claim).post("/api/v1/agents/SF1/claims").then().statusCode(403);
        asAgent(other)
                .body(Map.of("shiftId", shiftOfOne))
                .post("/api/v1/agents/SF1/releases")
                .then()
                .statusCode(403);
        asAgent(other)
                .body(Map.of("shiftId", shiftOfOne))
                .post("/api/v1/agents/SF2/releases")
                .then()
                .statusCode(404);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/SF1/open-slots")
                .then()
                .statusCode(403);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/SF1/schedule")
                .then()
                .statusCode(403);
        asAgent(other).get("/api/v1/agents/SF1/history").then().statusCode(403);
        asAgent(other).get("/api/v1/agents/SF1/reliability").then().statusCode(403);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(403);
        as("planner").get("/api/v1/agents/SF1/history").then().statusCode(200).body("size()", equalTo(1));
        assertThat(desk.openSeats(WEEK, "2027-05-03T12:00:00Z")).isEqualTo(2);
    }

    @Test
    void aReleaseOutsideTheNoticeWindowReopensItsHoursAtOnce() {
        Desk desk = Desk.open("ss-rel", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String agent = desk.agent("SR1");
        long shift = desk.claim(agent, "2027-05-03T08:00:00Z", "2027-05-03T14:00:00Z", 201)
                .getLong("id");

        JsonPath released = asAgent(agent)
                .body(Map.of(
                        "shiftId",
                        shift,
                        "start",
                        "2027-05-03T12:00:00Z",
                        "end",
                        "2027-05-03T14:00:00Z",
                        "reason",
                        "school pickup"))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(released.getList("remaining.start")).containsExactly("2027-05-03T08:00:00Z");
        assertThat(released.getList("remaining.end")).containsExactly("2027-05-03T12:00:00Z");
        assertThat(desk.slots(WEEK).get("2027-05-03T12:00:00Z"))
                .containsEntry("openSeats", 2)
                .containsEntry("releasedSeats", 3)
                .containsEntry("claimedSeats", 1);
        assertThat(desk.openSeats(WEEK, "2027-05-03T11:30:00Z")).isEqualTo(1);
        Map<String, Object> logged = asAgent(agent)
                .get("/api/v1/agents/SR1/history")
                .then()
                .extract()
                .jsonPath()
                .getMap("[0]");
        assertThat(logged)
                .containsEntry("action", "RELEASE")
                .containsEntry("outcome", "DONE")
                .containsEntry("reason", "school pickup")
                .containsEntry("minutes", 120);

        // A 1-hour stub would be shorter than the agent's 2-hour minimum shift.
        asAgent(agent)
                .body(Map.of("shiftId", shift, "start", "2027-05-03T09:00:00Z", "end", "2027-05-03T10:00:00Z"))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("remaining shift length"))
                .body(
                        "errors[0].message",
                        equalTo("This would leave 1 h of your shift (Mon 2027-05-03 01:00–02:00), less than "
                                + "the 2 h minimum; release the whole shift or keep at least 2 h"));
        asAgent(agent)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(200)
                .body("remaining", org.hamcrest.Matchers.empty());
        assertThat(asAgent(agent)
                        .queryParam("weekStart", WEEK)
                        .get("/api/v1/agents/SR1/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts"))
                .isEmpty();
        assertThat(desk.openSeats(WEEK, "2027-05-03T08:00:00Z")).isEqualTo(2);
    }

    @Test
    void aReleaseInsideTheNoticeWindowIsRefusedWithTheReason() {
        Desk desk = Desk.open("ss-notice", 720, "MONDAY 16:00-20:00");
        desk.release("2026-12-07T16:00:00Z", "2026-12-07T20:00:00Z", 1);
        String agent = desk.agent("SN1");
        long shift = desk.claim(agent, "2026-12-07T16:00:00Z", "2026-12-07T20:00:00Z", 201)
                .getLong("id");

        asAgent(agent)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/SN1/releases")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("release notice"))
                .body(
                        "errors[0].message",
                        startsWith("Releasing ss-notice VOICE hours needs 720 h notice: these hours start "
                                + "Mon 2026-12-07 09:00 your time, in "));

        assertThat(asAgent(agent)
                        .queryParam("weekStart", "2026-12-07")
                        .get("/api/v1/agents/SN1/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts"))
                .hasSize(1);
        assertThat(desk.openSeats("2026-12-07", "2026-12-07T16:00:00Z")).isZero();
        assertThat(asAgent(agent)
                        .get("/api/v1/agents/SN1/history")
                        .then()
                        .extract()
                        .jsonPath()
                        .getMap("[0]"))
                .containsEntry("action", "RELEASE")
                .containsEntry("outcome", "REFUSED");
    }

    @Test
    void forecastRevisionsAddSeatsWhenDemandRisesAndWithdrawUnclaimedOnesWhenItFalls() {
        Desk desk = Desk.open("ss-fc", 24, MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, 40);
        desk.agent("SV1", "MONDAY 01:00-05:00");
        String claimer = desk.agent("SV2");
        desk.solveAndPublish(WEEK);
        String two = "2027-05-03T14:00:00Z";
        int before = desk.openSeats(WEEK, two);
        int requiredBefore = required(two);

        desk.forecast(two, 2, 80);
        int risen = desk.openSeats(WEEK, two);
        int requiredRisen = required(two);
        desk.claim(claimer, two, "2027-05-03T16:00:00Z", 201);
        int afterClaim = desk.openSeats(WEEK, two);
        desk.forecast(two, 4, 0);
        int requiredFallen = required(two);

        // Nobody was planned at 14:00, so every required agent is a seat; the claimer now holds one of them.
        assertThat(before).isEqualTo(requiredBefore);
        assertThat(risen).isEqualTo(requiredRisen).isGreaterThan(before);
        assertThat(afterClaim).isEqualTo(risen - 1);
        assertThat(requiredFallen).isLessThan(requiredBefore);
        assertThat(desk.openSeats(WEEK, two)).isEqualTo(requiredFallen - 1);
        assertThat(desk.openSeats(WEEK, "2027-05-03T13:30:00Z"))
                .isEqualTo(required("2027-05-03T13:30:00Z"))
                .isPositive();
        assertThat(asAgent(claimer)
                        .queryParam("weekStart", WEEK)
                        .get("/api/v1/agents/SV2/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts.start"))
                .containsExactly(two);
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

    @Test
    void agentsWhoReleaseLateSeeNewHoursAfterReliableOnes() {
        Desk desk = Desk.open("ss-tier", 1);
        Instant start = soonWithinOneWeek(Instant.now().plus(Duration.ofHours(2)), 6);
        desk.release(start.toString(), start.plus(Duration.ofHours(4)).toString(), 2);
        String late = desk.agent("ST1");
        String reliable = desk.agent("ST2");
        long shift = desk.claim(
                        late, start.toString(), start.plus(Duration.ofHours(2)).toString(), 201)
                .getLong("id");
        asAgent(late)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/ST1/releases")
                .then()
                .statusCode(200);

        asAgent(late)
                .get("/api/v1/agents/ST1/reliability")
                .then()
                .statusCode(200)
                .body("hoursKept", equalTo(0.0f))
                .body("hoursReleasedLate", equalTo(2.0f))
                .body("reliability", equalTo(0.0f))
                .body("accessTier", equalTo(3))
                .body("accessDelayMinutes", equalTo(60));
        String week = java.time.LocalDate.ofInstant(start, java.time.ZoneId.of("America/Phoenix"))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString();
        assertThat(agentSlots(late, week)).isEmpty();
        assertThat(agentSlots(reliable, week)).isNotEmpty();
        JsonPath refused = desk.claim(
                late, start.toString(), start.plus(Duration.ofHours(2)).toString(), 422);
        assertThat(refused.getList("errors.rule")).containsExactly("access window");
        assertThat(refused.getString("errors[0].message"))
                .startsWith("Newly opened hours reach access tier 3 after 1 h: these open " + "to you at ");
        desk.claim(reliable, start.toString(), start.plus(Duration.ofHours(2)).toString(), 201);
    }

    @Test
    void publishingAReplanIsRefusedWhenClaimsChangedTheWeekSinceItWasPlanned() {
        Desk desk = Desk.open("ss-replan", 24, MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, 40);
        desk.agent("SQ1", "MONDAY 01:00-05:00");
        String claimer = desk.agent("SQ2");
        desk.solveAndPublish(WEEK);
        long replan = as("planner")
                .body(Map.of("weekStart", WEEK, "clientIds", List.of("ss-replan"), "solveSeconds", 2))
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "SOLVED"
                        .equals(as("planner")
                                .get("/api/v1/schedules/" + replan)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("status")));

        desk.claim(claimer, "2027-05-03T13:00:00Z", "2027-05-03T15:00:00Z", 201);

        as("planner")
                .post("/api/v1/schedules/" + replan + "/publish")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("Claims or releases changed the published week of 2027-05-03 after schedule " + replan
                                + " was planned; re-plan the week"));
    }

    @Test
    void aReplanKeepsClaimedShiftsEvenASecondOneOnTheSameDay() {
        Desk desk = Desk.open("ss-carry", 24, "MONDAY 08:00-23:00");
        desk.forecast("2027-05-03T08:00:00Z", 30, 20);
        String agent = desk.agent("SK1", "MONDAY 01:00-05:00");
        desk.solveAndPublish(WEEK);
        desk.claim(agent, "2027-05-03T20:00:00Z", "2027-05-03T22:00:00Z", 201);

        long replan = desk.solveAndPublish(WEEK);

        List<Map<String, Object>> shifts = as("planner")
                .get("/api/v1/schedules/" + replan)
                .then()
                .extract()
                .jsonPath()
                .getList("shifts");
        assertThat(shifts)
                .extracting(s -> s.get("agentId") + " " + s.get("start") + " " + s.get("end"))
                .contains("SK1 2027-05-03T20:00:00Z 2027-05-03T22:00:00Z")
                .anyMatch(s -> s.startsWith("SK1 2027-05-03T08:00:00Z"));
    }

    @Test
    void badRequestsGetAProblemNamingWhatIsWrongAndWriteNothing() {
        Desk desk = Desk.open("ss-bad", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 1);
        String agent = desk.agent("SB1");
        String claims = "/api/v1/agents/SB1/claims";

        asAgent(agent)
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "PHONE",
                        "start",
                        "2027-05-03T08:00:00Z",
                        "end",
                        "2027-05-03T10:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        asAgent(agent)
                .body(Map.of("clientId", "ss-bad", "channel", "VOICE", "start", "2027-05-03T08:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
        asAgent(agent)
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T08:00:00",
                        "end",
                        "2027-05-03T10:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        asAgent(agent)
                .body("{\"clientId\": \"ss-bad\", \"channel\": ")
                .post(claims)
                .then()
                .statusCode(400);
        asAgent(agent)
                .body(Map.of("shiftId", "first"))
                .post("/api/v1/agents/SB1/releases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shiftId"));
        asAgent(agent)
                .body(Map.of("shiftId", 987654321))
                .post("/api/v1/agents/SB1/releases")
                .then()
                .statusCode(404);
        for (Object seats : List.of(0, 501, "many")) {
            as("planner")
                    .body(Map.of(
                            "clientId",
                            "ss-bad",
                            "channel",
                            "VOICE",
                            "start",
                            "2027-05-03T08:00:00Z",
                            "end",
                            "2027-05-03T10:00:00Z",
                            "seats",
                            seats))
                    .post("/api/v1/open-slots")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("seats"));
        }
        as("planner")
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2020-01-06T08:00:00Z",
                        "end",
                        "2020-01-06T10:00:00Z",
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        as("planner")
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T06:00:00Z",
                        "end",
                        "2027-05-03T09:00:00Z",
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("opening hours"))
                .body("errors[0].message", equalTo("ss-bad VOICE is closed at Mon 2027-05-03 06:00 (UTC)"));
        as("planner")
                .queryParam("weekStart", "2027-05-04")
                .get("/api/v1/open-slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("weekStart"));

        assertThat(desk.slots(WEEK))
                .hasSize(16)
                .allSatisfy((start, slot) ->
                        assertThat(slot).containsEntry("openSeats", 1).containsEntry("releasedSeats", 1));
        assertThat(asAgent(agent)
                        .get("/api/v1/agents/SB1/history")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .isEmpty();
    }

    private static List<Map<String, Object>> agentSlots(String agentId, String weekStart) {
        return asAgent(agentId)
                .queryParam("weekStart", weekStart)
                .get("/api/v1/agents/" + agentId + "/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static int required(String start) {
        return as("planner")
                .queryParams("clientId", "ss-fc", "channel", "VOICE", "weekStart", WEEK)
                .get("/api/v1/staffing")
                .then()
                .extract()
                .jsonPath()
                .getInt("intervals.find { it.start == '" + start + "' }.requiredWithShrinkage");
    }

    /** Service level of the ss-pub intervals (PUB_CONTACTS calls, 300 s) for fractional productive agents, interpolated. */
    private static double serviceLevel(double productive) {
        int below = (int) Math.floor(productive);
        double low = evaluate(below);
        return low + (productive - below) * (evaluate(below + 1) - low);
    }

    private static final Map<Integer, Double> EVALUATED = new HashMap<>();

    private static double evaluate(int agents) {
        return EVALUATED.computeIfAbsent(
                agents,
                n -> as("planner")
                        .body(Map.of(
                                "intervalMinutes",
                                30,
                                "contacts",
                                PUB_CONTACTS,
                                "ahtSeconds",
                                300,
                                "serviceLevelTarget",
                                0.8,
                                "answerWithinSeconds",
                                20,
                                "agents",
                                n))
                        .post("/api/v1/staffing/calculate")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getDouble("serviceLevel"));
    }

    /** The next half-hour at or after {@code from} such that {@code hours} more stay in the same UTC week. */
    static Instant soonWithinOneWeek(Instant from, int hours) {
        Instant start = from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant nextMonday = java.time.LocalDate.ofInstant(start, java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
        return start.plus(Duration.ofHours(hours)).isAfter(nextMonday) ? nextMonday : start;
    }
}

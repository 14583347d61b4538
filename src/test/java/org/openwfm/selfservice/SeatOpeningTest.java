package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.agentSlots;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** Seats open where a published schedule leaves the requirement uncovered, valued by the staffing math, and follow forecast revisions. */
@QuarkusTest
class SeatOpeningTest {

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
    void anAgentInASessionLeavesItsSeatOpenForTheSession() {
        Desk desk = Desk.open("ss-pub-sess", 24, MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, PUB_CONTACTS);
        String agent = desk.agent("SW1", "MONDAY 01:00-05:00"); // Phoenix: 08:00–12:00 UTC
        // Its supervisor coaches it at 02:00 Phoenix time (09:00 UTC), the one start the window leaves.
        as("planner")
                .body(Map.of(
                        "id", "SWS",
                        "name", "Quinn Sato",
                        "timeZone", "America/Phoenix",
                        "availability", List.of(Map.of("dayOfWeek", "MONDAY", "start", "01:00", "end", "05:00"))))
                .post("/api/v1/supervisors")
                .then()
                .statusCode(201);
        as("planner")
                .body(Map.of(
                        "kind",
                        "COACHING",
                        "agentIds",
                        List.of(agent),
                        "supervisorId",
                        "SWS",
                        "lengthMinutes",
                        30,
                        "window",
                        Map.of("days", List.of("MONDAY"), "start", "02:00", "end", "02:30"),
                        "placement",
                        "IN_SHIFT",
                        "validFrom",
                        WEEK,
                        "validUntil",
                        "2027-05-09"))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        long schedule = desk.solveAndPublish(WEEK);

        var published = as("planner")
                .get("/api/v1/schedules/" + schedule)
                .then()
                .extract()
                .jsonPath();
        List<Map<String, Object>> sessions = published.getList("activities");
        assertThat(published.<Map<String, Object>>getList("shifts"))
                .as("the agent works through 08:30–09:30")
                .anySatisfy(shift -> {
                    assertThat(Instant.parse((String) shift.get("start")))
                            .isBeforeOrEqualTo(Instant.parse("2027-05-03T08:30:00Z"));
                    assertThat(Instant.parse((String) shift.get("end")))
                            .isAfterOrEqualTo(Instant.parse("2027-05-03T09:30:00Z"));
                });
        assertThat(sessions)
                .singleElement()
                .satisfies(session -> assertThat(session.get("start")).isEqualTo("2027-05-03T09:00:00Z"));
        // The requirement is the same either side; the agent is on shift through both, in the coaching at 09:00.
        assertThat(desk.openSeats(WEEK, "2027-05-03T09:00:00Z"))
                .isEqualTo(desk.openSeats(WEEK, "2027-05-03T08:30:00Z") + 1);
        // One more agent then can expect more talk time: nobody else is on the channel while the agent is coached.
        Map<String, Double> talk = new HashMap<>();
        as("planner")
                .queryParams("weekStart", WEEK, "clientId", "ss-pub-sess", "channel", "VOICE")
                .get("/api/v1/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .forEach(slot ->
                        talk.put((String) slot.get("start"), ((Number) slot.get("expectedTalkMinutes")).doubleValue()));
        assertThat(talk.get("2027-05-03T09:00:00Z")).isGreaterThan(talk.get("2027-05-03T08:30:00Z"));
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
        desk.forecast(two, 4, 1); // one contact still needs an agent, plus shrinkage
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
}

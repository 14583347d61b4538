package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** A re-plan of a week agents have claimed in: it keeps their claims, and it is not published over claims made since. */
@QuarkusTest
class ReplanningClaimedWeeksTest {

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
}

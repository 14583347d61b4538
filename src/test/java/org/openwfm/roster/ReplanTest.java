package org.openwfm.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Published shifts are a commitment: re-plans keep them, and other clients' schedules work around them. */
@QuarkusTest
class ReplanTest {

    @Test
    void aReplanKeepsEveryPublishedShiftAndReplacesTheOldSchedule() {
        long first = solve("{\"weekStart\":\"2026-12-07\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        as("planner").post("/api/v1/schedules/" + first + "/publish").then().statusCode(200);
        List<String> published = shifts(first);

        long replan = solve("{\"weekStart\":\"2026-12-07\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");

        assertThat(published).isNotEmpty();
        assertThat(shifts(replan)).containsAll(published);
        as("planner").post("/api/v1/schedules/" + replan + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("planner").get("/api/v1/schedules/" + first).then()
                .body("status", equalTo("CANCELLED"))
                .body("message", equalTo("Superseded by schedule " + replan));
    }

    @Test
    void aScheduleForOtherClientsWorksAroundPublishedShifts() {
        long bank = solve("{\"weekStart\":\"2026-12-14\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        as("planner").post("/api/v1/schedules/" + bank + "/publish").then().statusCode(200);

        long others = solve("{\"weekStart\":\"2026-12-14\",\"clientIds\":[\"retail\",\"telecom\"],\"solveSeconds\":4}");

        List<Map<String, Object>> union = new ArrayList<>(schedule(bank).getList("shifts"));
        union.addAll(schedule(others).getList("shifts"));
        assertThat(new IndependentShiftCheck(
                as("planner").get("/api/v1/agents").then().extract().jsonPath().getList("$"),
                as("planner").get("/api/v1/clients").then().extract().jsonPath().getList("$")).violations(union)).isEmpty();
        // The other clients' schedule may not replace the bank's published one.
        as("planner").post("/api/v1/schedules/" + others + "/publish").then().statusCode(200);
        as("planner").get("/api/v1/schedules/" + bank).then().body("status", equalTo("PUBLISHED"));
    }

    private static long solve(String body) {
        long id = as("planner").body(body).post("/api/v1/schedules").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "SOLVED".equals(schedule(id).getString("status")));
        return id;
    }

    private static JsonPath schedule(long id) {
        return as("planner").get("/api/v1/schedules/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> shifts(long id) {
        List<Map<String, Object>> shifts = schedule(id).getList("shifts");
        return shifts.stream().map(s -> s.get("agentId") + " " + s.get("clientId") + " " + s.get("channel") + " "
                + s.get("start") + " " + s.get("end")).toList();
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentScheduleTest {

    static final String WEEK = "2027-04-26";

    @Test
    void anAgentSeesItsPublishedWeekInUtcAndInItsOwnZone() {
        long id = as("planner")
                .body("{\"weekStart\":\"" + WEEK + "\",\"clientIds\":[\"bank\"],\"solveSeconds\":3}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "SOLVED"
                        .equals(as("planner")
                                .get("/api/v1/schedules/" + id)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("status")));
        List<Map<String, Object>> planned = as("planner")
                .get("/api/v1/schedules/" + id)
                .then()
                .extract()
                .jsonPath()
                .getList("shifts");
        String agentId = (String) planned.get(0).get("agentId");
        List<Map<String, Object>> own =
                planned.stream().filter(s -> s.get("agentId").equals(agentId)).toList();

        assertThat(week(agentId).getList("shifts"))
                .as("nothing before publishing")
                .isEmpty();
        as("planner").post("/api/v1/schedules/" + id + "/publish").then().statusCode(200);

        JsonPath week = week(agentId);
        ZoneId zone = ZoneId.of(week.getString("timeZone"));
        List<Map<String, Object>> shifts = week.getList("shifts");
        assertThat(shifts)
                .extracting(s -> s.get("start"))
                .containsExactlyElementsOf(own.stream().map(s -> s.get("start")).toList());
        Map<String, Object> first = shifts.get(0);
        Instant start = Instant.parse((String) first.get("start"));
        assertThat(OffsetDateTime.parse((String) first.get("localStart")))
                .isEqualTo(start.atZone(zone).toOffsetDateTime());
        assertThat((List<?>) first.get("breaks"))
                .hasSameSizeAs((List<?>) own.get(0).get("breaks"));
    }

    @Test
    void onlyThatAgentAndPlannersMayReadIt() {
        as("A002")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/A001/schedule")
                .then()
                .statusCode(403);
        as("forecaster")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/A001/schedule")
                .then()
                .statusCode(403);
        as("planner")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/A001/schedule")
                .then()
                .statusCode(200)
                .body("agentId", equalTo("A001"));
        as("A001")
                .queryParam("weekStart", "2027-04-27")
                .get("/api/v1/agents/A001/schedule")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("weekStart"));
        as("planner")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/NOBODY/schedule")
                .then()
                .statusCode(404);
    }

    private static JsonPath week(String agentId) {
        return as(agentId)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/" + agentId + "/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}

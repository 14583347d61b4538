package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.PlannerSteps.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** A week whose clients share no agent is solved in parts and joined into one schedule, as one solve would be. */
@QuarkusTest
class SplitScheduleTest {

    private static final String WEEK = Desk.WEEK;
    private static final String MONDAY_MORNING = "2027-05-03T08:00:00Z";
    /** Desks are open 08:00–16:00 UTC; their agents live in Phoenix (UTC−7). */
    private static final String PHOENIX_MORNING = "MONDAY 01:00-09:00";

    @Test
    void clientsThatShareNoAgentAreSolvedInPartsAndJoinedIntoOneSchedule() {
        desk("split-north", "SPN1", "SPN2");
        desk("split-south", "SPS1", "SPS2");

        long id = submit("[\"split-north\",\"split-south\"]", 2);
        JsonPath job = awaitStatus(id, "SOLVED", Duration.ofSeconds(90));

        assertThat(job.getList("parts.clientIds")).containsExactly(List.of("split-north"), List.of("split-south"));
        assertThat(job.getList("parts.agents", Integer.class)).containsExactly(2, 2);
        assertThat(job.getList("parts.status", String.class)).containsExactly("SOLVED", "SOLVED");
        assertThat(job.getList("parts.solvedBy", String.class)).containsExactly("test-node", "test-node");
        assertThat(job.getList("shifts.clientId", String.class)).contains("split-north", "split-south");
        assertThat(job.getList("shifts.agentId", String.class)).containsAnyOf("SPN1", "SPN2");
        assertThat(job.getList("shifts.agentId", String.class)).containsAnyOf("SPS1", "SPS2");
        assertThat(job.getDouble("kpis.coverage")).isGreaterThan(0.0);
        // The joined score is the whole week's, which the explanation computes from the stored shifts afresh.
        String explained = as("planner")
                .get("/api/v1/schedules/" + id + "/explanation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("score");
        assertThat(job.getString("score")).isEqualTo(explained);
        as("planner").post("/api/v1/schedules/" + id + "/publish").then().statusCode(200);
    }

    @Test
    void clientsLinkedByAnAgentAreSolvedAsOne() {
        desk("linked-east", "LKE1");
        desk("linked-west", "LKW1");
        Desk.agent("LKB1", List.of("linked-east", "linked-west"), PHOENIX_MORNING);

        long id = submit("[\"linked-east\",\"linked-west\"]", 2);
        JsonPath job = awaitStatus(id, "SOLVED", Duration.ofSeconds(90));

        assertThat(job.getList("parts")).isNull();
        assertThat(job.getList("shifts.clientId", String.class)).contains("linked-east", "linked-west");
    }

    @Test
    void stoppingASplitJobStopsEveryPartAndKeepsWhatTheyFound() {
        desk("stop-north", "STN1", "STN2");
        desk("stop-south", "STS1", "STS2");
        long id = submit("[\"stop-north\",\"stop-south\"]", 120);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "SOLVING".equals(schedule(id).getString("parts[0].status")));

        JsonPath stopped = as("planner")
                .delete("/api/v1/schedules/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(stopped.getString("status")).isEqualTo("CANCELLED");
        // The part that started first got its half (by agents) of the job's 120 s, counted from its own start.
        assertThat(stopped.getList("parts.solveSeconds", Integer.class)).contains(60);
        assertThat(stopped.getList("parts.status", String.class)).containsExactly("SOLVED", "SOLVED");
        JsonPath kept = schedule(id);
        assertThat(kept.getList("shifts.clientId", String.class)).contains("stop-north", "stop-south");
        assertThat(kept.getString("message")).isEqualTo("Stopped by a planner; the best schedule found so far is kept");
    }

    /** A UTC desk open Monday 08:00–16:00 with its own agents, available all those hours, and 20 contacts a half-hour. */
    private static void desk(String clientId, String... agentIds) {
        Desk desk = Desk.open(clientId, 0, Desk.MONDAY);
        for (String agentId : agentIds) {
            desk.agent(agentId, PHOENIX_MORNING);
        }
        desk.forecast(MONDAY_MORNING, 16, 20);
    }

    private static long submit(String clientIds, int solveSeconds) {
        return as("planner")
                .body("{\"weekStart\":\"" + WEEK + "\",\"clientIds\":" + clientIds + ",\"solveSeconds\":" + solveSeconds
                        + "}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath awaitStatus(long id, String status, Duration within) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> status.equals(schedule(id).getString("status")));
        return schedule(id);
    }
}

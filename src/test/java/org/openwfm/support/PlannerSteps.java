package org.openwfm.support;

import static org.awaitility.Awaitility.await;
import static org.openwfm.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a planner does to one client's week in many tests: solve and publish it, release seats on its VOICE channel. */
public final class PlannerSteps {

    private PlannerSteps() {}

    /** Solves the client's week, waits for it, publishes it; returns the schedule id. */
    public static long solveAndPublish(String clientId, String weekStart, int solveSeconds) {
        long id = as("planner")
                .body(Map.of("weekStart", weekStart, "clientIds", List.of(clientId), "solveSeconds", solveSeconds))
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> "SOLVED".equals(schedule(id).getString("status")));
        as("planner").post("/api/v1/schedules/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** The schedule job as a planner reads it. */
    public static JsonPath schedule(long id) {
        return as("planner")
                .get("/api/v1/schedules/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Releases {@code seats} seats on every interval of [start, end) of the client's VOICE channel. */
    public static void releaseSeats(String clientId, String start, String end, int seats) {
        as("planner")
                .body(Map.of("clientId", clientId, "channel", "VOICE", "start", start, "end", end, "seats", seats))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(201);
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/** At most 3 schedule jobs queued or solving per planner (openwfm.roster.max-active-jobs-per-user). */
@QuarkusTest
class ActiveJobLimitsTest {

    /** A week without forecasts: nothing to cover, so each job is small; it runs until stopped or 60 s. */
    private static final Map<String, Object> QUIET_WEEK =
            Map.of("weekStart", "2031-03-03", "clientIds", List.of("bank"), "solveSeconds", 60);

    private final List<Long> submitted = new ArrayList<>();

    @Test
    void aPlannersFourthActiveJobIsRefusedOthersMaySubmitAndAStoppedJobFreesItsPlace() {
        String first = planner("quota-first");
        String second = planner("quota-second");
        long stopped = accepted(submit(first));
        accepted(submit(first));
        accepted(submit(first));

        submit(first)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body(
                        "detail",
                        equalTo(
                                "quota-first has 3 schedule jobs queued or solving, the most one planner may have"
                                        + " (openwfm.roster.max-active-jobs-per-user = 3); stop one (DELETE) or wait for one to finish"));
        accepted(submit(second));

        as(first).delete("/api/v1/schedules/" + stopped).then().statusCode(200).body("status", equalTo("CANCELLED"));
        accepted(submit(first));
    }

    @Test
    void concurrentSubmitsOfOnePlannerTakeExactlyTheThreePlaces() throws Exception {
        String planner = planner("quota-burst");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> burst = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                burst.add(() -> submit(planner));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(burst)) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 202) {
                    submitted.add(response.jsonPath().getLong("id"));
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(202, 202, 202, 429, 429, 429);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops every job the test left queued or solving, so the solver is free for the next test. */
    @AfterEach
    void stopTheJobs() {
        for (long id : submitted) {
            String status = as("planner")
                    .get("/api/v1/schedules/" + id)
                    .then()
                    .extract()
                    .jsonPath()
                    .getString("status");
            if ("QUEUED".equals(status) || "SOLVING".equals(status)) {
                as("planner").delete("/api/v1/schedules/" + id);
            }
        }
        submitted.clear();
    }

    private static String planner(String username) {
        as("admin")
                .body(Map.of("password", Api.TEST_USER_PASSWORD, "role", "planner"))
                .put("/api/v1/users/" + username)
                .then()
                .statusCode(200);
        return username;
    }

    private static Response submit(String planner) {
        return as(planner).body(QUIET_WEEK).post("/api/v1/schedules");
    }

    private long accepted(Response response) {
        long id = response.then().statusCode(202).extract().jsonPath().getLong("id");
        submitted.add(id);
        return id;
    }
}

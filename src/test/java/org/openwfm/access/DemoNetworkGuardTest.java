package org.openwfm.access;

import static org.hamcrest.Matchers.containsString;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The tests run in demo mode, as if behind a proxy: a request forwarded from another machine is refused. */
@QuarkusTest
class DemoNetworkGuardTest {

    @Test
    void demoModeAnswersThisMachineOnly() {
        as("planner").get("/api/v1/me").then().statusCode(200);
        as("planner")
                .header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("answers only the machine it runs on"));
        as("planner")
                .header("X-Forwarded-For", "127.0.0.1")
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void aPageOfAnotherSiteRebindingItsNameToThisMachineIsRefused() {
        as("planner")
                .header("Host", "evil.example:8081")
                .get("/api/v1/me")
                .then()
                .statusCode(403);
        as("planner").header("Host", "127.0.0.1:8081").get("/api/v1/me").then().statusCode(200);
    }
}

package org.openwfm.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus metrics are for admins; health stays open for probes. */
@QuarkusTest
class MetricsAccessTest {

    @Test
    void metricsNeedCredentials() {
        given().get("/q/metrics")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("realm=\"OpenWFM\""));
    }

    @Test
    void metricsAreRefusedToOtherRoles() {
        as("planner").get("/q/metrics").then().statusCode(403).contentType("application/problem+json");
        as("A001").get("/q/metrics").then().statusCode(403);
    }

    @Test
    void anAdminReadsTheMetrics() {
        as("admin").get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}

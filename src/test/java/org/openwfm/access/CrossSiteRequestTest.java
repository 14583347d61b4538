package org.openwfm.access;

import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.clientWithVoice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every change must prove it was not sent by another site's page, whatever credential it carries. */
@QuarkusTest
class CrossSiteRequestTest {

    private static RequestSpecification plannerByBasic() {
        return plannerByBasic("csrf-co");
    }

    private static RequestSpecification plannerByBasic(String newClientId) {
        return anonymous().auth().preemptive().basic("planner", "planner").body(clientWithVoice(newClientId));
    }

    @Test
    void aBasicAuthenticatedPostWithoutTheHeaderOrOriginIsForbidden() {
        plannerByBasic()
                .post("/api/v1/clients")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "A change must carry the X-Requested-With header (any value), or come from this service's own pages"));
        plannerByBasic()
                .header("Origin", "https://evil.example")
                .post("/api/v1/clients")
                .then()
                .statusCode(403);
        plannerByBasic()
                .header("Sec-Fetch-Site", "cross-site")
                .post("/api/v1/clients")
                .then()
                .statusCode(403);
        anonymous()
                .auth()
                .preemptive()
                .basic("planner", "planner")
                .delete("/api/v1/clients/retail")
                .then()
                .statusCode(403);
    }

    @Test
    void aSameOriginOriginOrFetchSiteIsEnough() {
        plannerByBasic()
                .header("Origin", "http://localhost:" + RestAssured.port)
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        plannerByBasic("csrf-co-2")
                .header("Sec-Fetch-Site", "same-origin")
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
    }

    @Test
    void readsNeedNoProof() {
        anonymous()
                .auth()
                .preemptive()
                .basic("planner", "planner")
                .get("/api/v1/clients/retail")
                .then()
                .statusCode(200);
    }
}

package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The web pages' sign-in: the form sets a session cookie the API accepts until it is signed out. */
@QuarkusTest
class WebSessionTest {

    private static final String COOKIE = "openwfm-session";

    private static Response signIn(String username, String password) {
        return anonymous().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void theSignInFormGivesASessionTheApiAcceptsWithTheUsersRole() {
        Response signedIn = signIn("forecaster", "forecaster");
        signedIn.then().statusCode(200);
        String session = signedIn.getCookie(COOKIE);
        assertThat(session).isNotBlank();
        assertThat(signedIn.getDetailedCookie(COOKIE).isHttpOnly()).isTrue();

        anonymous().cookie(COOKIE, session).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("forecaster")).body("role", equalTo("forecaster"));
        anonymous().cookie(COOKIE, session).get("/api/v1/clients").then().statusCode(403);
    }

    @Test
    void aWrongPasswordOnTheFormGivesNoSession() {
        Response refused = signIn("planner", "wrong");
        refused.then().statusCode(401).contentType("application/problem+json");
        assertThat(refused.getCookie(COOKIE)).isNull();
    }

    @Test
    void aSessionFollowsTheUsersCurrentRole() {
        as("admin").body("{\"password\":\"web-pass\",\"role\":\"forecaster\"}").put("/api/v1/users/web-user").then().statusCode(200);
        String session = signIn("web-user", "web-pass").getCookie(COOKIE);
        anonymous().cookie(COOKIE, session).get("/api/v1/forecasts/versions").then().statusCode(200);

        as("admin").body("{\"password\":\"web-pass\",\"role\":\"planner\"}").put("/api/v1/users/web-user").then().statusCode(200);

        anonymous().cookie(COOKIE, session).get("/api/v1/me").then().statusCode(200).body("role", equalTo("planner"));
        anonymous().cookie(COOKIE, session).get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void signingOutExpiresTheSessionCookie() {
        Response signedOut = anonymous().cookie(COOKIE, signIn("planner", "planner").getCookie(COOKIE))
                .header("X-Requested-With", "openwfm-page").post("/api/v1/sign-out");
        signedOut.then().statusCode(204);
        assertThat(signedOut.getDetailedCookie(COOKIE).getValue()).isEmpty();
        assertThat(signedOut.getDetailedCookie(COOKIE).getMaxAge()).isZero();
    }

    @Test
    void aChangeSignedInOnlyByTheCookieMustCarryThePagesHeader() {
        String session = signIn("forecaster", "forecaster").getCookie(COOKIE);
        String csv = "client_id,channel,interval_start,contacts,aht_seconds\nretail,VOICE,2027-03-01T15:00:00Z,10,300\n";

        anonymous().cookie(COOKIE, session).contentType("text/csv").body(csv).post("/api/v1/forecasts").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("A change must carry the X-Requested-With header (any value), or come from this service's own pages"));
        anonymous().cookie(COOKIE, session).header("X-Requested-With", "openwfm-page").contentType("text/csv").body(csv)
                .post("/api/v1/forecasts").then().statusCode(201);
    }

    @Test
    void aPageAskingWithoutASessionGetsNoBasicChallenge() {
        anonymous().header("X-Requested-With", "openwfm-page").get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", (String) null);
        anonymous().accept("text/event-stream").get("/api/v1/events").then().statusCode(401)
                .header("WWW-Authenticate", (String) null);
    }
}

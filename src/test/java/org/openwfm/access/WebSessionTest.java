package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/** The web pages' sign-in: a session cookie the API accepts until the server ends the session. */
@QuarkusTest
class WebSessionTest {

    private static final String COOKIE = "openwfm-session";
    private static final String PAGE = "openwfm-page";

    @Inject
    UserSessions sessions;

    static Response signIn(String username, String password) {
        return anonymous()
                .header(Api.CLIENT_HEADER, PAGE)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", username)
                .formParam("password", password)
                .post("/api/v1/sign-in");
    }

    private static RequestSpecification withCookie(String session) {
        return anonymous().header(Api.CLIENT_HEADER, PAGE).cookie(COOKIE, session);
    }

    private static String newUser(String username, String role) {
        String password = username + "-long-password";
        as("admin")
                .body("{\"password\":\"" + password + "\",\"role\":\"" + role + "\"}")
                .put("/api/v1/users/" + username)
                .then()
                .statusCode(200);
        return password;
    }

    @Test
    void signingInGivesAnHttpOnlyStrictSessionTheApiAcceptsWithTheUsersRole() {
        Response signedIn = signIn("forecaster", "forecaster");
        signedIn.then().statusCode(200).body("username", equalTo("forecaster")).body("role", equalTo("forecaster"));
        String session = signedIn.getCookie(COOKIE);
        assertThat(session).hasSizeGreaterThanOrEqualTo(40);
        assertThat(signedIn.getDetailedCookie(COOKIE).isHttpOnly()).isTrue();
        assertThat(signedIn.getDetailedCookie(COOKIE).getSameSite()).isEqualTo("Strict");
        assertThat(signedIn.getDetailedCookie(COOKIE).isSecured())
                .as("plain HTTP")
                .isFalse();

        withCookie(session)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("forecaster"))
                .body("role", equalTo("forecaster"));
        withCookie(session).get("/api/v1/agents").then().statusCode(403);
    }

    @Test
    void aWrongPasswordGivesNoSession() {
        Response refused = signIn("planner", "wrong");
        refused.then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", (String)
                null);
        assertThat(refused.getCookie(COOKIE)).isNull();
    }

    @Test
    void aSessionFollowsTheUsersCurrentRoleAndEndsWhenTheRoleChanges() {
        String password = newUser("web-user", "forecaster");
        String before = signIn("web-user", password).getCookie(COOKIE);
        withCookie(before).get("/api/v1/forecasts/versions").then().statusCode(200);

        as("admin")
                .body("{\"role\":\"planner\"}")
                .put("/api/v1/users/web-user")
                .then()
                .statusCode(200);

        withCookie(before).get("/api/v1/me").then().statusCode(401);
        String after = signIn("web-user", password).getCookie(COOKIE);
        withCookie(after).get("/api/v1/me").then().statusCode(200).body("role", equalTo("planner"));
    }

    @Test
    void aCopiedCookieStopsWorkingAfterSignOut() {
        String session = signIn("planner", "planner").getCookie(COOKIE);
        String copy = session;

        Response signedOut = withCookie(session).post("/api/v1/sign-out");

        signedOut.then().statusCode(204);
        assertThat(signedOut.getDetailedCookie(COOKIE).getValue()).isEmpty();
        assertThat(signedOut.getDetailedCookie(COOKIE).getMaxAge()).isZero();
        withCookie(copy).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aCopiedCookieStopsWorkingAfterAnAdminChangesThePassword() {
        String password = newUser("web-pass-admin", "planner");
        String copy = signIn("web-pass-admin", password).getCookie(COOKIE);
        withCookie(copy).get("/api/v1/clients").then().statusCode(200);

        as("admin")
                .body("{\"password\":\"a-brand-new-password\",\"role\":\"planner\"}")
                .put("/api/v1/users/web-pass-admin")
                .then()
                .statusCode(200);

        withCookie(copy).get("/api/v1/clients").then().statusCode(401);
    }

    @Test
    void aCopiedCookieStopsWorkingAfterTheUserChangesItsOwnPassword() {
        String password = newUser("web-pass-self", "planner");
        String copy = signIn("web-pass-self", password).getCookie(COOKIE);

        withCookie(copy)
                .body("{\"currentPassword\":\"" + password + "\",\"newPassword\":\"my-own-new-password\"}")
                .contentType("application/json")
                .put("/api/v1/me/password")
                .then()
                .statusCode(204);

        withCookie(copy).get("/api/v1/me").then().statusCode(401);
        signIn("web-pass-self", password).then().statusCode(401);
        signIn("web-pass-self", "my-own-new-password").then().statusCode(200);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeEvenWhileInUse() {
        String session = signIn("planner", "planner").getCookie(COOKIE);
        withCookie(session).get("/api/v1/me").then().statusCode(200);

        QuarkusTransaction.requiringNew()
                .run(() -> Panache.getEntityManager()
                        .createQuery("update UserSession set expiresAt = ?1 where tokenHash = ?2")
                        .setParameter(1, Instant.now().minusSeconds(1))
                        .setParameter(2, org.openwfm.shared.Digests.sha256Hex(session))
                        .executeUpdate());

        withCookie(session).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aSessionEndsAfterEightIdleHours() {
        String session = signIn("planner", "planner").getCookie(COOKIE);

        QuarkusTransaction.requiringNew()
                .run(() -> Panache.getEntityManager()
                        .createQuery("update UserSession set lastSeenAt = ?1 where tokenHash = ?2")
                        .setParameter(1, Instant.now().minusSeconds(8 * 3600 + 1))
                        .setParameter(2, org.openwfm.shared.Digests.sha256Hex(session))
                        .executeUpdate());

        withCookie(session).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aChangeSignedInOnlyByTheCookieMustCarryThePagesHeader() {
        String session = signIn("forecaster", "forecaster").getCookie(COOKIE);
        String csv =
                "client_id,channel,interval_start,contacts,aht_seconds\nretail,VOICE,2027-03-01T15:00:00Z,10,300\n";

        anonymous()
                .cookie(COOKIE, session)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/forecasts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "A change must carry the X-Requested-With header (any value), or come from this service's own pages"));
        withCookie(session)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/forecasts")
                .then()
                .statusCode(201);
    }

    @Test
    void aPageAskingWithoutASessionGetsNoBasicChallenge() {
        anonymous()
                .header(Api.CLIENT_HEADER, PAGE)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", (String) null);
        anonymous()
                .accept("text/event-stream")
                .get("/api/v1/events")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", (String) null);
    }
}

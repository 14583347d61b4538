package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/** Password guessing backs off per username; other users go on signing in; every refusal is logged, passwords never. */
@QuarkusTest
class SignInThrottlingTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(String.format(
                    record.getMessage(), record.getParameters() == null ? new Object[0] : record.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger(Credentials.class.getName()).addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        Logger.getLogger(Credentials.class.getName()).removeHandler(capture);
    }

    private static io.restassured.response.Response basic(String user, String password) {
        return anonymous().auth().preemptive().basic(user, password).get("/api/v1/me");
    }

    @Test
    void afterTenFailuresEvenTheRightPasswordGets429WithRetryAfterWhileOtherUsersSignIn() {
        as("admin")
                .body("{\"password\":\"" + Api.TEST_USER_PASSWORD + "\",\"role\":\"planner\"}")
                .put("/api/v1/users/guessed")
                .then()
                .statusCode(200);
        for (int i = 0; i < 10; i++) {
            basic("guessed", "guess-" + i).then().statusCode(401);
        }

        io.restassured.response.Response refused = basic("guessed", Api.TEST_USER_PASSWORD);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", equalTo("Too many failed sign-ins for this user or address; try again later"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(290, 300);
        WebSessionTest.signIn("guessed", Api.TEST_USER_PASSWORD).then().statusCode(429);
        basic("planner", "planner").then().statusCode(200).body("username", equalTo("planner"));
        WebSessionTest.signIn("forecaster", "forecaster").then().statusCode(200);
    }

    @Test
    void aFailedSignInIsLoggedWithUsernameAndAddressButNeverThePassword() {
        basic("planner", "Wrong-Secret-4711").then().statusCode(401);
        WebSessionTest.signIn("nobody-here", "Other-Secret-0815").then().statusCode(401);

        assertThat(logged)
                .contains(
                        "Sign-in refused for user 'planner' from 127.0.0.1: wrong password",
                        "Sign-in refused for user 'nobody-here' from 127.0.0.1: unknown user");
        assertThat(String.join("\n", logged))
                .doesNotContain("Wrong-Secret-4711")
                .doesNotContain("Other-Secret-0815");
    }

    @Test
    void aDisabledUserCannotSignInAndIsLogged() {
        as("admin")
                .body("{\"password\":\"" + Api.TEST_USER_PASSWORD + "\",\"role\":\"forecaster\"}")
                .put("/api/v1/users/leaver")
                .then()
                .statusCode(200);
        basic("leaver", Api.TEST_USER_PASSWORD).then().statusCode(200);

        as("admin").post("/api/v1/users/leaver/disable").then().statusCode(200).body("disabled", equalTo(true));

        basic("leaver", Api.TEST_USER_PASSWORD).then().statusCode(401);
        assertThat(logged).contains("Sign-in refused for user 'leaver' from 127.0.0.1: user disabled");
        as("admin").post("/api/v1/users/leaver/enable").then().statusCode(200).body("disabled", equalTo(false));
        basic("leaver", Api.TEST_USER_PASSWORD).then().statusCode(200);
    }
}

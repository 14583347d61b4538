package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside demo mode no user with a known password exists: the first admin comes from configuration or is random. */
class ProductionStartIT {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password:\\R===   (\\S+)");

    @TempDir
    Path workDir;

    @Test
    void startsEmptyWithOnlyTheInitialAdmin() throws Exception {
        try (PackagedService service = new PackagedService(workDir, "-Dopenwfm.initial-admin-password=first-secret")) {
            service.start();

            assertThat(service.send("GET", "/api/v1/clients", "planner", null, null)
                            .statusCode())
                    .as("no demo planner")
                    .isEqualTo(401);
            var clients = service.send("GET", "/api/v1/clients", "admin", "first-secret", null, null);
            assertThat(clients.statusCode()).isEqualTo(200);
            assertThat(clients.body()).isEqualTo("[]");
            assertThat(service.send("GET", "/api/v1/users", "admin", "first-secret", null, null)
                            .body())
                    .isEqualTo("[{\"username\":\"admin\",\"role\":\"admin\",\"agentId\":null,\"supervisorId\":null,"
                            + "\"disabled\":false}]");
            assertThat(service.output()).doesNotContain("first-secret").doesNotContain("one-time password");
            service.stop();

            // A later start with the setting still there finds it applied; another password is not silently ignored.
            service.start();
            assertThat(service.output()).contains("openwfm.initial-admin-password is already applied");
            service.stop();
        }
        try (PackagedService changed = new PackagedService(workDir, "-Dopenwfm.initial-admin-password=second-secret")) {
            assertThat(changed.startExpectingExit()).isNotZero();
            assertThat(changed.output())
                    .contains("openwfm.initial-admin-password is set, but the database already has an admin "
                            + "who can sign in, and user 'admin' is not an admin with this password");
        }
    }

    @Test
    void withoutAnInitialPasswordTheFirstStartPrintsAOneTimeAdminPasswordOnce() throws Exception {
        try (PackagedService service = new PackagedService(workDir)) {
            service.start();
            Matcher printed = ONE_TIME_PASSWORD.matcher(service.output());
            assertThat(printed.find()).as(service.output()).isTrue();
            String password = printed.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(service.send("GET", "/api/v1/me", "admin", password, null, null)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(service.send("GET", "/api/v1/me", "admin", "admin", null, null)
                            .statusCode())
                    .isEqualTo(401);
            service.stop();

            service.start();
            assertThat(service.output()).doesNotContain("one-time password").doesNotContain(password);
            assertThat(service.send("GET", "/api/v1/me", "admin", password, null, null)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void anInitialAdminPasswordTooShortStopsTheStartWithTheReason() throws Exception {
        try (PackagedService service = new PackagedService(workDir, "-Dopenwfm.initial-admin-password=short")) {
            assertThat(service.startExpectingExit()).isNotZero();
            assertThat(service.output()).contains("openwfm.initial-admin-password must be at least 12 characters");
        }
    }

    @Test
    void anEarlierDemosUsersCannotSignInWithoutDemoModeAndNoSecretReachesTheLog() throws Exception {
        String session;
        try (PackagedService demo = PackagedService.demo(workDir)) {
            demo.start();
            assertThat(demo.output()).contains("Demo mode: users with known passwords can sign in");
            var signedIn = demo.send(
                    "POST",
                    "/api/v1/sign-in",
                    null,
                    null,
                    "application/x-www-form-urlencoded",
                    "username=planner&password=planner");
            assertThat(signedIn.statusCode()).isEqualTo(200);
            session = HttpCookie.parse(
                            signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                    .get(0)
                    .getValue();
            demo.stop();
            assertThat(demo.output()).doesNotContain(session).doesNotContainIgnoringCase("encryption key");
        }
        try (PackagedService production = new PackagedService(workDir)) {
            production.start();

            assertThat(production
                            .send("GET", "/api/v1/me", "planner", "planner", null, null)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(production
                            .send("GET", "/api/v1/me", "admin", "admin", null, null)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(production.output())
                    .contains("Sign-in refused for user 'planner' from 127.0.0.1: demo user outside demo mode")
                    .contains("one-time password");
        }
    }
}

package org.openwfm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwfm.support.Api;

/** Every answer carries the browser-safety headers; over HTTPS (as a proxy forwards it) the cookie is Secure and HSTS is sent. */
@QuarkusTest
class SecurityHeadersTest {

    private static void assertSafetyHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/planner.html", "/js/api.js", "/q/health/ready"})
    void pagesScriptsAndHealthCarryTheHeaders(String path) {
        Response response = anonymous().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertSafetyHeaders(response);
    }

    @Test
    void apiAnswersAndRefusalsCarryTheHeaders() {
        Response ok = as("planner").get("/api/v1/clients");
        Response unauthorized = anonymous().get("/api/v1/clients");
        Response forbidden = as("A001").get("/api/v1/clients");
        Response notFound = as("planner").get("/api/v1/clients/no-such-client");

        assertThat(new int[] {ok.statusCode(), unauthorized.statusCode(), forbidden.statusCode(), notFound.statusCode()
                })
                .containsExactly(200, 401, 403, 404);
        assertSafetyHeaders(ok);
        assertSafetyHeaders(unauthorized);
        assertSafetyHeaders(forbidden);
        assertSafetyHeaders(notFound);
    }

    @Test
    void plainHttpGetsNoHsts() {
        assertThat(as("planner").get("/api/v1/me").header("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        Response signedIn = anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-page")
                .header("X-Forwarded-Proto", "https")
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "planner")
                .formParam("password", "planner")
                .post("/api/v1/sign-in");

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.getDetailedCookie("openwfm-session").isSecured()).isTrue();
        assertThat(signedIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }
}

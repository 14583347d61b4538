package org.openwfm.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/** At most 5 event streams per user (openwfm.events.max-streams-per-user); a closed one frees its place. */
@QuarkusTest
class EventStreamLimitTest {

    private static final String USER = "streams-forecaster";

    @Inject
    OpenStreams openStreams;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<HttpResponse<InputStream>> opened = new ArrayList<>();

    @Test
    void theSixthStreamOfAUserIsRefusedUntilOneCloses() throws Exception {
        Api.as("admin")
                .body(Map.of("password", Api.TEST_USER_PASSWORD, "role", "forecaster"))
                .put("/api/v1/users/" + USER)
                .then()
                .statusCode(200);
        for (int i = 0; i < 5; i++) {
            assertThat(open().statusCode()).isEqualTo(200);
        }

        HttpResponse<InputStream> refused = open();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8))
                .contains("\"detail\":\"streams-forecaster has 5 event streams open, the most one user may"
                        + " (openwfm.events.max-streams-per-user = 5); close one first\"");
        assertThat(Api.as("planner").get("/api/v1/me").statusCode()).isEqualTo(200); // others are not affected

        opened.get(0).body().close();
        await().atMost(Duration.ofSeconds(10)).until(() -> openStreams.openBy(USER) == 4);
        assertThat(open().statusCode()).isEqualTo(200);
    }

    @AfterEach
    void closeTheStreams() throws IOException {
        for (HttpResponse<InputStream> response : opened) {
            response.body().close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> openStreams.openBy(USER) == 0);
    }

    private HttpResponse<InputStream> open() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/events"))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (USER + ":" + Api.TEST_USER_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 200) {
            opened.add(response);
        }
        return response;
    }
}

package org.openwfm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmarks' requests to a running service, signed in as a demo user (agents' password is "agent"). */
final class DemoApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DemoApi() {}

    /** Sends a request (a JSON body when {@code json} is not null) and answers the body; anything but 2xx throws. */
    static String send(String base, String user, String method, String path, String json) throws Exception {
        String password = user.matches("A\\d{3}") ? "agent" : user;
        HttpResponse<String> response = HTTP.send(
                request(base, method, path, user, password, json, Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * A request as a signed-in user, with the header every change carries, and a JSON body when {@code json} is not
     * null: the one request shape every benchmark harness sends.
     */
    static HttpRequest request(
            String base, String method, String path, String user, String password, String json, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-With", "openwfm-bench")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }
}

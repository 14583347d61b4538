package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged service as a user would ({@code java -jar target/quarkus-app/quarkus-run.jar}) on a
 * fresh data directory, writes through the API, stops the process, starts it again, and reads back.
 */
class RestartSurvivalIT {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String CSV = "client_id,channel,interval_start,contacts,aht_seconds\n"
            + "telecom,VOICE,2027-03-01T15:00:00Z,77.5,410\n";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process service;
    private int port;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        port = freePort();
        start();
        assertThat(send("GET", "/api/v1/agents/A042", "planner", null, null).statusCode()).isEqualTo(200);
        String client = "{\"id\":\"survivor\",\"name\":\"Survivor Inc\",\"timeZone\":\"America/Denver\","
                + "\"channels\":[{\"channel\":\"VOICE\"}]}";
        assertThat(send("POST", "/api/v1/clients", "planner", "application/json", client).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/forecasts", "forecaster", "text/csv", CSV).statusCode()).isEqualTo(201);

        stop();
        start();

        HttpResponse<String> readBack = send("GET", "/api/v1/clients/survivor", "planner", null, null);
        assertThat(readBack.statusCode()).isEqualTo(200);
        assertThat(readBack.body()).contains("\"name\":\"Survivor Inc\"");
        String curve = send("GET", "/api/v1/forecasts?clientId=telecom&channel=VOICE&from=2027-03-01T00:00:00Z"
                + "&to=2027-03-02T00:00:00Z", "forecaster", null, null).body();
        assertThat(curve).contains("\"contacts\":77.5").contains("\"ahtSeconds\":410.0");
        String agents = send("GET", "/api/v1/agents", "planner", null, null).body();
        assertThat(agents.split("\"id\":\"A").length - 1).as("sample agents loaded once, not twice").isEqualTo(150);
    }

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            stop();
        }
    }

    private void start() throws IOException, InterruptedException {
        assertThat(JAR).as("package the service first (mvnw verify does)").exists();
        Path log = dataDir.resolve("service-" + Instant.now().toEpochMilli() + ".log");
        service = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dopenwfm.data-dir=" + dataDir.resolve("db"), "-Dquarkus.http.port=" + port, "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new AssertionError("service exited: " + Files.readString(log));
            }
            try {
                if (send("GET", "/q/health/ready", null, null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service did not become ready: " + Files.readString(log));
    }

    private void stop() throws InterruptedException {
        service.destroy();
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor();
        }
        service = null;
    }

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

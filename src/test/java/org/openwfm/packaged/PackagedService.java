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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service run as a user runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}, or a replica of
 * the PostgreSQL build ({@link #replica}).
 */
public final class PackagedService implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /**
     * The PostgreSQL build, which {@code .ci/test-replicas.sh} packages beside the default one
     * ({@code -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg}).
     */
    static final Path PG_JAR = Path.of("target/pg/quarkus-run.jar");

    private static final List<String> DEMO = List.of("-Dopenwfm.demo=true", "-Dopenwfm.demo-first-week=2026-11-30");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path jar;
    private final Path workDir;
    private final List<String> systemProperties;
    private final String nodeId;
    private int port;
    private Process process;
    private Path log;

    /**
     * The service in demo mode, its sample pinned to the files' own weeks (from Monday 2026-11-30) so that
     * tests can name them; the demo staff users sign in with their own names as passwords.
     */
    public static PackagedService demo(Path workDir, String... systemProperties) throws IOException {
        List<String> properties = new ArrayList<>(DEMO);
        properties.addAll(List.of(systemProperties));
        return new PackagedService(workDir, properties.toArray(String[]::new));
    }

    /**
     * A replica of the PostgreSQL build on {@code database}, named {@code nodeId} ({@code openwfm.node-id}, the
     * {@code solvedBy} of its jobs), with its log in {@code workDir/nodeId}. Production settings unless the
     * properties say otherwise; see {@link #demoReplica}.
     */
    static PackagedService replica(Path workDir, ReplicaDatabase database, String nodeId, String... systemProperties)
            throws IOException {
        List<String> properties = new ArrayList<>(List.of(
                "-Dquarkus.profile=pg",
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + ReplicaDatabase.USER,
                "-Dquarkus.datasource.password=",
                "-Dopenwfm.node-id=" + nodeId));
        properties.addAll(List.of(systemProperties));
        Path replicaDir = Files.createDirectories(workDir.resolve(nodeId));
        return new PackagedService(PG_JAR, replicaDir, properties, nodeId);
    }

    /** A replica in demo mode, its sample on the files' own weeks as in {@link #demo}. */
    static PackagedService demoReplica(
            Path workDir, ReplicaDatabase database, String nodeId, String... systemProperties) throws IOException {
        List<String> properties = new ArrayList<>(DEMO);
        properties.addAll(List.of(systemProperties));
        return replica(workDir, database, nodeId, properties.toArray(String[]::new));
    }

    /** The service as production starts it: no demo data, no demo users, unless the properties say so. */
    public PackagedService(Path workDir, String... systemProperties) throws IOException {
        this(JAR, workDir, List.of(systemProperties), null);
    }

    private PackagedService(Path jar, Path workDir, List<String> systemProperties, String nodeId) throws IOException {
        this.jar = jar;
        this.workDir = workDir;
        this.systemProperties = List.copyOf(systemProperties);
        this.nodeId = nodeId;
        this.port = freePort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Launches all the services at once and then waits until each is ready: replicas that start together, as
     * after a deployment, race on whatever their starts write.
     */
    static void startTogether(PackagedService... services) throws IOException, InterruptedException {
        for (PackagedService service : services) {
            service.launch();
        }
        for (PackagedService service : services) {
            service.awaitReady();
        }
    }

    /** Starts the service on {@code workDir/db} and waits until it reports ready. */
    public void start() throws IOException, InterruptedException {
        launch();
        awaitReady();
    }

    /** Waits until the launched service reports ready; fails with its output if it exits first. */
    void awaitReady() throws IOException, InterruptedException {
        // Generous: replicas starting together on two shared cores take longer than one start alone.
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
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

    /** Starts the service for a start that must fail; answers its exit code once it has exited. */
    public int startExpectingExit() throws IOException, InterruptedException {
        launch();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("service kept running: " + Files.readString(log));
        }
        int exit = process.exitValue();
        process = null;
        return exit;
    }

    /** Everything the service printed in its latest start: its log and its console output. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Starts the process without waiting for it; see {@link #awaitReady}. */
    void launch() throws IOException {
        assertThat(jar)
                .as(
                        jar.equals(JAR)
                                ? "package the service first (mvnw verify does)"
                                : "package the PostgreSQL build first (bash .ci/test-replicas.sh does)")
                .exists();
        if (log != null) {
            // A restart takes a new port: the one just closed can still be held by the last run's closing
            // connections, and the start then fails as "port in use" (seen in CI).
            port = freePort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dopenwfm.data-dir=" + workDir.resolve("db"),
                "-Dquarkus.http.port=" + port));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", jar.toString()));
        log = workDir.resolve("service-" + Instant.now().toEpochMilli() + ".log");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** The replica's {@code openwfm.node-id}; null for the service started without one. */
    String nodeId() {
        return nodeId;
    }

    /** The address pages and requests go to; a restart moves it to a new port. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops the service as an operator would (SIGTERM), and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Kills the service at once (SIGKILL), as a crash or an out-of-memory kill would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        process = null;
    }

    public HttpResponse<String> send(
            String method, String path, String user, String password, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Requested-With", "openwfm-test")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a demo staff user, whose password is its name. */
    public HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        return send(method, path, user, user, contentType, body);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}

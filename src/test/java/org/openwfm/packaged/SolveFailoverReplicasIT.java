package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Solve jobs shared by replicas of the PostgreSQL build through Quartz clustered on their one database: jobs spread
 * over the replicas' solver slots, a killed replica's job is finished by another, a stop reaches the solve wherever
 * it runs, and an API-only replica never solves. Each test starts the replicas it needs (demo mode, so the sample's
 * weeks can be solved) on the class's database and stops them after.
 */
class SolveFailoverReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two weeks of the demo's sample (demo-first-week 2026-11-30). */
    private static final String FIRST_WEEK = "2026-11-30";

    private static final String SECOND_WEEK = "2026-12-07";

    @TempDir
    static Path workDir;

    private static ReplicaDatabase database;

    @BeforeAll
    static void createTheDatabase() throws Exception {
        database = ReplicaDatabase.create("solve_failover");
    }

    @AfterAll
    static void dropTheDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoJobsSubmittedAtOnceRunOnTwoReplicas() throws Exception {
        try (PackagedService a = PackagedService.demoReplica(workDir, database, "spread-a");
                PackagedService b = PackagedService.demoReplica(workDir, database, "spread-b")) {
            PackagedService.startTogether(a, b);

            var first = CompletableFuture.supplyAsync(() -> submit(a, FIRST_WEEK, 20));
            var second = CompletableFuture.supplyAsync(() -> submit(b, SECOND_WEEK, 20));
            long firstId = first.join();
            long secondId = second.join();

            JsonNode firstJob = awaitStatus(a, firstId, "SOLVED", Duration.ofSeconds(120));
            JsonNode secondJob = awaitStatus(b, secondId, "SOLVED", Duration.ofSeconds(120));
            assertThat(Set.of(
                            firstJob.get("solvedBy").asText(),
                            secondJob.get("solvedBy").asText()))
                    .containsExactlyInAnyOrder("spread-a", "spread-b");
        }
    }

    @Test
    void whenTheReplicaSolvingAJobIsKilledTheOtherFinishesItAsSolved() throws Exception {
        try (PackagedService a = PackagedService.demoReplica(workDir, database, "kill-a");
                PackagedService b = PackagedService.demoReplica(workDir, database, "kill-b")) {
            PackagedService.startTogether(a, b);
            long id = submit(a, FIRST_WEEK, 60);
            String solver = awaitSolvingOn(a, id).get("solvedBy").asText();
            assertThat(solver).isIn("kill-a", "kill-b");
            PackagedService killed = solver.equals("kill-a") ? a : b;
            PackagedService survivor = killed == a ? b : a;

            killed.kill();

            // Taken over once the killed replica's cluster check-in lapses, then solved for the time that remains.
            JsonNode job = awaitStatus(survivor, id, "SOLVED", Duration.ofSeconds(90));
            assertThat(job.get("solvedBy").asText()).isEqualTo(survivor.nodeId());
            assertThat(job.get("message").asText())
                    .isEqualTo("Taken over by " + survivor.nodeId() + " after " + solver + " stopped while solving");
            assertThat(job.get("shifts")).isNotEmpty();
        }
    }

    @Test
    void aReplicaShutDownMidSolveHandsItsJobToTheOther() throws Exception {
        try (PackagedService a = PackagedService.demoReplica(workDir, database, "drain-a");
                PackagedService b = PackagedService.demoReplica(workDir, database, "drain-b")) {
            PackagedService.startTogether(a, b);
            long id = submit(a, FIRST_WEEK, 60);
            String solver = awaitSolvingOn(a, id).get("solvedBy").asText();
            PackagedService leaving = solver.equals("drain-a") ? a : b;
            PackagedService staying = leaving == a ? b : a;

            leaving.stop(); // SIGTERM, as a rolling upgrade does

            JsonNode job;
            try {
                job = awaitStatus(staying, id, "SOLVED", Duration.ofSeconds(90));
            } catch (AssertionError e) {
                throw new AssertionError(
                        e.getMessage() + "\n--- leaving:\n" + leaving.output() + "\n--- staying:\n" + staying.output(),
                        e);
            }
            assertThat(job.get("solvedBy").asText()).isEqualTo(staying.nodeId());
            assertThat(job.get("message").asText())
                    .isEqualTo("Taken over by " + staying.nodeId() + " after " + solver + " stopped while solving");
            assertThat(job.get("shifts")).isNotEmpty();
        }
    }

    @Test
    void aStopSentToTheReplicaThatIsNotSolvingStopsTheSolveAndKeepsItsShifts() throws Exception {
        try (PackagedService a = PackagedService.demoReplica(workDir, database, "stop-a");
                PackagedService b = PackagedService.demoReplica(workDir, database, "stop-b")) {
            PackagedService.startTogether(a, b);
            long id = submit(a, FIRST_WEEK, 60);
            String solver = awaitSolvingOn(a, id).get("solvedBy").asText();
            PackagedService other = solver.equals("stop-a") ? b : a;
            // Give the solve time to find and store a first schedule, so there are shifts to keep.
            Thread.sleep(10_000);

            var stopped = other.send("DELETE", "/api/v1/schedules/" + id, "planner", null, null);

            assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
            assertThat(json(stopped.body()).get("status").asText()).isEqualTo("CANCELLED");
            JsonNode job = awaitShifts(other, id, Duration.ofSeconds(30));
            assertThat(job.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(job.get("finishedAt").isNull()).as("finishedAt is set").isFalse();
        }
    }

    @Test
    void aReplicaWithTheSolverOffNeverSolvesAndASolverReplicaTakesTheJob() throws Exception {
        try (PackagedService apiOnly =
                        PackagedService.demoReplica(workDir, database, "api-only", "-Dopenwfm.solver.enabled=false");
                PackagedService solverReplica = PackagedService.demoReplica(workDir, database, "solver")) {
            apiOnly.start();
            long id = submit(apiOnly, FIRST_WEEK, 5);

            Instant until = Instant.now().plusSeconds(15);
            while (Instant.now().isBefore(until)) {
                JsonNode job = job(apiOnly, id);
                assertThat(job.get("status").asText())
                        .as("with only the API-only replica")
                        .isEqualTo("QUEUED");
                assertThat(job.get("solvedBy").isNull()).isTrue();
                Thread.sleep(1_000);
            }

            solverReplica.start();
            JsonNode job = awaitStatus(apiOnly, id, "SOLVED", Duration.ofSeconds(90));
            assertThat(job.get("solvedBy").asText()).isEqualTo("solver");
        }
    }

    /** Submits a solve of the bank's week as the demo planner; answers the job's id. */
    private static long submit(PackagedService replica, String week, int solveSeconds) {
        try {
            var submitted = replica.send(
                    "POST",
                    "/api/v1/schedules",
                    "planner",
                    "application/json",
                    "{\"weekStart\":\"" + week + "\",\"clientIds\":[\"bank\"],\"solveSeconds\":" + solveSeconds + "}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
            return json(submitted.body()).get("id").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the job is SOLVING on some replica that has put its name on it. */
    private static JsonNode awaitSolvingOn(PackagedService asked, long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = job(asked, id);
            if (job.get("status").asText().equals("SOLVING")
                    && !job.get("solvedBy").isNull()) {
                return job;
            }
            assertThat(job.get("status").asText()).isIn("QUEUED", "SOLVING");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not start solving");
    }

    /** Waits for the status, failing at once on an end the job should not reach. */
    private static JsonNode awaitStatus(PackagedService asked, long id, String status, Duration within)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        JsonNode job = job(asked, id);
        while (Instant.now().isBefore(deadline)) {
            job = job(asked, id);
            if (job.get("status").asText().equals(status)) {
                return job;
            }
            assertThat(job.get("status").asText()).as(job.toString()).isIn(List.of("QUEUED", "SOLVING"));
            Thread.sleep(500);
        }
        throw new AssertionError("job " + id + " is not " + status + " after " + within + ": " + job);
    }

    private static JsonNode awaitShifts(PackagedService asked, long id, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        JsonNode job = job(asked, id);
        while (Instant.now().isBefore(deadline)) {
            job = job(asked, id);
            if (job.get("shifts").size() > 0 && !job.get("finishedAt").isNull()) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + id + " kept no shifts: " + job);
    }

    private static JsonNode job(PackagedService asked, long id) throws Exception {
        var answer = asked.send("GET", "/api/v1/schedules/" + id, "planner", null, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}

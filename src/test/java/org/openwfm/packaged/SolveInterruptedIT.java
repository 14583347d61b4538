package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills the packaged service (SIGKILL) in the middle of a solve, restarts it, and reads the job. */
class SolveInterruptedIT {

    @TempDir
    Path workDir;

    @Test
    void aKilledSolveLeavesAFailedJobThatSaysWhyAndTheServiceWorksAgain() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir)) {
            service.start();
            var submitted = service.send(
                    "POST",
                    "/api/v1/schedules",
                    "planner",
                    "application/json",
                    "{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"bank\"],\"solveSeconds\":300}");
            assertThat(submitted.statusCode()).isEqualTo(202);
            String location = submitted.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/api/"));
            Instant deadline = Instant.now().plusSeconds(60);
            while (!service.send("GET", path, "planner", null, null).body().contains("\"status\":\"SOLVING\"")) {
                assertThat(Instant.now()).as("the job starts solving").isBefore(deadline);
                Thread.sleep(200);
            }

            service.kill();
            service.start();

            String job = service.send("GET", path, "planner", null, null).body();
            assertThat(job)
                    .contains("\"status\":\"FAILED\"")
                    .contains("The service stopped while this job was queued or solving; submit it again");
            var again = service.send(
                    "POST",
                    "/api/v1/schedules",
                    "planner",
                    "application/json",
                    "{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"bank\"],\"solveSeconds\":2}");
            assertThat(again.statusCode()).isEqualTo(202);
        }
    }
}

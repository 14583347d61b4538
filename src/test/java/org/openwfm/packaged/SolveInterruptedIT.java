package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged service (SIGKILL) in the middle of a solve and starts it again: the job was in Quartz's
 * store, so the new process takes it over and finishes it, as another replica would.
 */
class SolveInterruptedIT {

    @TempDir
    Path workDir;

    @Test
    void aSolveKilledMidwayIsTakenOverAfterTheRestartAndSolved() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir)) {
            service.start();
            var submitted = service.send(
                    "POST",
                    "/api/v1/schedules",
                    "planner",
                    "application/json",
                    "{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"bank\"],\"solveSeconds\":30}");
            assertThat(submitted.statusCode()).isEqualTo(202);
            String location = submitted.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/api/"));
            String solving = awaitBody(service, path, "\"status\":\"SOLVING\"", 60);
            String firstNode = field(solving, "solvedBy");

            service.kill();
            service.start();

            String job = awaitBody(service, path, "\"status\":\"SOLVED\"", 120);
            assertThat(field(job, "solvedBy")).isNotEqualTo(firstNode);
            assertThat(job).contains("after " + firstNode + " stopped while solving");
            assertThat(job).contains("\"clientId\":\"bank\"");
        }
    }

    private static String awaitBody(PackagedService service, String path, String wanted, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (true) {
            String body = service.send("GET", path, "planner", null, null).body();
            if (body.contains(wanted)) {
                return body;
            }
            assertThat(Instant.now())
                    .as("the job shows " + wanted + "; last: " + body)
                    .isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }
}

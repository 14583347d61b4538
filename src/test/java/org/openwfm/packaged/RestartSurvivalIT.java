package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes through the API of the packaged service, restarts it, and reads everything back. */
class RestartSurvivalIT {

    static final String CSV =
            "client_id,channel,interval_start,contacts,aht_seconds\n" + "telecom,VOICE,2027-03-01T15:00:00Z,77.5,410\n";

    @TempDir
    Path workDir;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir)) {
            service.start();
            assertThat(service.send("GET", "/api/v1/agents/A042", "planner", null, null)
                            .statusCode())
                    .isEqualTo(200);
            String client = "{\"id\":\"survivor\",\"name\":\"Survivor Inc\",\"timeZone\":\"America/Denver\","
                    + "\"channels\":[{\"channel\":\"VOICE\"}]}";
            assertThat(service.send("POST", "/api/v1/clients", "planner", "application/json", client)
                            .statusCode())
                    .isEqualTo(201);
            assertThat(service.send("POST", "/api/v1/forecasts", "forecaster", "text/csv", CSV)
                            .statusCode())
                    .isEqualTo(201);

            service.stop();
            service.start();

            var readBack = service.send("GET", "/api/v1/clients/survivor", "planner", null, null);
            assertThat(readBack.statusCode()).isEqualTo(200);
            assertThat(readBack.body()).contains("\"name\":\"Survivor Inc\"");
            String curve = service.send(
                            "GET",
                            "/api/v1/forecasts?clientId=telecom&channel=VOICE"
                                    + "&from=2027-03-01T00:00:00Z&to=2027-03-02T00:00:00Z",
                            "forecaster",
                            null,
                            null)
                    .body();
            assertThat(curve).contains("\"contacts\":77.5").contains("\"ahtSeconds\":410.0");
            String agents =
                    service.send("GET", "/api/v1/agents", "planner", null, null).body();
            assertThat(agents.split("\"id\":\"A").length - 1)
                    .as("sample agents loaded once, not twice")
                    .isEqualTo(150);
        }
    }
}

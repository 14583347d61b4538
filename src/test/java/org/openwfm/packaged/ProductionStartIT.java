package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With sample data off, as in production: no demo users, no sample rows, one initial admin. */
class ProductionStartIT {

    @TempDir
    Path workDir;

    @Test
    void startsEmptyWithOnlyTheInitialAdmin() throws Exception {
        try (PackagedService service = new PackagedService(workDir, "-Dopenwfm.sample-data.enabled=false",
                "-Dopenwfm.initial-admin-password=first-secret")) {
            service.start();

            assertThat(service.send("GET", "/api/v1/clients", "planner", null, null).statusCode())
                    .as("no demo planner").isEqualTo(401);
            var clients = service.send("GET", "/api/v1/clients", "admin", "first-secret", null, null);
            assertThat(clients.statusCode()).isEqualTo(200);
            assertThat(clients.body()).isEqualTo("[]");
            assertThat(service.send("GET", "/api/v1/users", "admin", "first-secret", null, null).body())
                    .isEqualTo("[{\"username\":\"admin\",\"role\":\"admin\",\"agentId\":null}]");
        }
    }
}

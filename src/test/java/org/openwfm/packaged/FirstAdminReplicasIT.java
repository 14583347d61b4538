package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two production replicas of the PostgreSQL build, both configured with {@code openwfm.initial-admin-password},
 * started together on an empty database, with writes to the users held until both have got as far as they can: one
 * creates the admin, the other waits for it and finds the setting applied, instead of failing its start on a second
 * "admin".
 */
class FirstAdminReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "first-admin-secret";

    @TempDir
    static Path workDir;

    private static ReplicaDatabase database;
    private static PackagedService a;
    private static PackagedService b;
    private static int waitingWhileHeld;

    @BeforeAll
    static void startTwoReplicasTogetherOnAnEmptyDatabase() throws Exception {
        database = ReplicaDatabase.create("first_admin");
        a = PackagedService.replica(workDir, database, "admin-a", "-Dopenwfm.initial-admin-password=" + PASSWORD);
        b = PackagedService.replica(workDir, database, "admin-b", "-Dopenwfm.initial-admin-password=" + PASSWORD);
        a.launch();
        b.launch();
        // Plain starts reach the admin step seconds apart; with writes to the users held, both get there.
        waitingWhileHeld = database.holdWrites("app_user", 2, Duration.ofSeconds(50));
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopReplicasAndDropTheDatabase() throws Exception {
        try (ReplicaDatabase dropped = database;
                PackagedService stoppedA = a;
                PackagedService stoppedB = b) {
            assertThat(dropped).isNotNull();
        }
    }

    @Test
    void startedTogetherOneCreatesTheAdminAndTheOtherFindsItApplied() throws Exception {
        assertThat(waitingWhileHeld)
                .as("replicas seen waiting while user writes were held")
                .isEqualTo(2);
        List<String> creators = new ArrayList<>();
        List<String> finders = new ArrayList<>();
        for (PackagedService replica : List.of(a, b)) {
            String output = replica.output();
            if (output.contains("Set up the initial admin user 'admin' from openwfm.initial-admin-password")) {
                creators.add(replica.nodeId());
            }
            if (output.contains("openwfm.initial-admin-password is already applied")) {
                finders.add(replica.nodeId());
            }
            assertThat(output).doesNotContain(PASSWORD);
            assertThat(replica.send("GET", "/api/v1/me", "admin", PASSWORD, null, null)
                            .statusCode())
                    .as("admin signs in on " + replica.nodeId())
                    .isEqualTo(200);
        }
        assertThat(creators).hasSize(1);
        assertThat(finders).hasSize(1).doesNotContainAnyElementsOf(creators);

        JsonNode audit = JSON.readTree(b.send("GET", "/api/v1/users/audit", "admin", PASSWORD, null, null)
                .body());
        List<String> entries = new ArrayList<>();
        audit.forEach(e -> entries.add(e.get("actor").asText() + " "
                + e.get("action").asText() + " " + e.get("username").asText()));
        assertThat(entries).containsExactly("configuration CREATED admin");
    }
}

package org.openwfm.workforce.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Teams.agent;
import static org.openwfm.support.Teams.hours;
import static org.openwfm.support.Teams.rows;
import static org.openwfm.support.Teams.supervisor;
import static org.openwfm.support.Teams.supervisorBody;
import static org.openwfm.support.Teams.team;
import static org.openwfm.support.Teams.weekdays;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupervisorResourceTest {

    @Inject
    TeamDirectory directory;

    @Test
    void createsReadsReplacesAndDeletesASupervisor() {
        as("planner")
                .body(supervisorBody("SV-1", "America/Chicago", hours("09:00", "17:30", "TUESDAY", "MONDAY")))
                .post("/api/v1/supervisors")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/supervisors/SV-1"))
                .body("availability[0].dayOfWeek", equalTo("MONDAY"))
                .body("availability[1].end", equalTo("17:30"));

        long version = as("admin")
                .get("/api/v1/supervisors/SV-1")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/Chicago"))
                .body("name", equalTo("Supervisor SV-1"))
                .extract()
                .jsonPath()
                .getLong("version");
        as("planner").get("/api/v1/supervisors").then().statusCode(200).body("id", hasItems("S1", "S4", "SV-1"));

        Map<String, Object> changed = supervisorBody("SV-1", "America/Denver", hours("10:00", "24:00", "FRIDAY"));
        changed.put("version", version);
        as("planner")
                .body(changed)
                .put("/api/v1/supervisors/SV-1")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/Denver"))
                .body("availability", hasSize(1))
                .body("availability[0].end", equalTo("24:00"))
                .body("version", equalTo((int) version + 1));
        as("planner")
                .body(changed)
                .put("/api/v1/supervisors/SV-1")
                .then()
                .statusCode(409)
                .body("detail", containsString("version"));

        as("planner").delete("/api/v1/supervisors/SV-1").then().statusCode(204);
        as("planner").get("/api/v1/supervisors/SV-1").then().statusCode(404);
        as("planner").delete("/api/v1/supervisors/SV-1").then().statusCode(404);
    }

    @Test
    void anUnknownAgentIs422NamingAgentIdAndNothingIsWritten() {
        long before = rows("supervisor");
        Map<String, Object> body = supervisorBody("SV-2", "America/New_York", weekdays("08:00", "18:00"));
        body.put("agentId", "NO-SUCH-AGENT");

        as("planner")
                .body(body)
                .post("/api/v1/supervisors")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("agentId"))
                .body("errors[0].message", containsString("NO-SUCH-AGENT"));

        assertThat(rows("supervisor")).isEqualTo(before);
    }

    @Test
    void aBadZoneOrBadHoursAre400NamingEachFieldLikeAnAgents() {
        long before = rows("supervisor");
        long hoursBefore = rows("supervisor_availability");

        as("planner")
                .body(supervisorBody("SV-3", "+02:00", hours("17:00", "09:00", "MONDAY")))
                .post("/api/v1/supervisors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("timeZone", "availability[0].end"));

        assertThat(rows("supervisor")).isEqualTo(before);
        assertThat(rows("supervisor_availability")).isEqualTo(hoursBefore);
    }

    @Test
    void aSupervisorWhoLeadsATeamCannotBeDeleted() {
        supervisor("SV-4");
        agent("SV-4-A1");
        team("SV-4-T", "SV-4", "SV-4-A1");

        as("planner")
                .delete("/api/v1/supervisors/SV-4")
                .then()
                .statusCode(409)
                .body("detail", containsString("SV-4-T"));
        assertThat(as("planner").get("/api/v1/supervisors/SV-4").statusCode()).isEqualTo(200);
    }

    @Test
    void aSupervisorWhoLeadsAnActivityCannotBeDeleted() {
        supervisor("SV-5");
        agent("SV-5-A1");
        as("planner")
                .body(Map.of(
                        "kind", "TRAINING",
                        "name", "Product basics",
                        "agentIds", List.of("SV-5-A1"),
                        "supervisorId", "SV-5",
                        "lengthMinutes", 60,
                        "window", Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "12:00"),
                        "placement", "IN_SHIFT"))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        as("planner")
                .delete("/api/v1/supervisors/SV-5")
                .then()
                .statusCode(409)
                .body("detail", containsString("1 activity"));
    }

    @Test
    void aSupervisorWhoIsAlsoAnAgentWithoutHoursOfItsOwnWorksTheAgents() {
        agent("SV-6-A", "America/Phoenix", hours("07:00", "15:00", "WEDNESDAY"));
        Map<String, Object> body = supervisorBody("SV-6", "America/Phoenix", List.of());
        body.put("agentId", "SV-6-A");
        as("planner")
                .body(body)
                .post("/api/v1/supervisors")
                .then()
                .statusCode(201)
                .body("agentId", equalTo("SV-6-A"));

        SupervisorProfile profile = QuarkusTransaction.requiringNew()
                .call(() -> directory.supervisor("SV-6").orElseThrow());

        assertThat(profile.agentId()).isEqualTo("SV-6-A");
        assertThat(profile.availability()).singleElement().satisfies(a -> {
            assertThat(a.dayOfWeek).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(a.startMinute).isEqualTo(7 * 60);
            assertThat(a.endMinute).isEqualTo(15 * 60);
        });
    }
}

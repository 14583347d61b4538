package org.openwfm.workforce.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Teams.agent;
import static org.openwfm.support.Teams.rows;
import static org.openwfm.support.Teams.supervisor;
import static org.openwfm.support.Teams.team;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    @Test
    void createsReadsReplacesAndDeletesATeam() {
        supervisor("TR-S1");
        supervisor("TR-S2");
        agent("TR-A1");
        agent("TR-A2");
        agent("TR-A3");

        as("planner")
                .body(Map.of(
                        "id",
                        "TR-T1",
                        "name",
                        "Team North",
                        "supervisorId",
                        "TR-S1",
                        "members",
                        List.of("TR-A2", "TR-A1")))
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .body("members", contains("TR-A1", "TR-A2"));
        long version = as("admin")
                .get("/api/v1/teams/TR-T1")
                .then()
                .statusCode(200)
                .body("name", equalTo("Team North"))
                .body("supervisorId", equalTo("TR-S1"))
                .extract()
                .jsonPath()
                .getLong("version");

        as("planner")
                .body(Map.of(
                        "name",
                        "Team North",
                        "supervisorId",
                        "TR-S2",
                        "members",
                        List.of("TR-A3", "TR-A1"),
                        "version",
                        version))
                .put("/api/v1/teams/TR-T1")
                .then()
                .statusCode(200)
                .body("supervisorId", equalTo("TR-S2"))
                .body("members", contains("TR-A1", "TR-A3"))
                .body("version", equalTo((int) version + 1));

        as("planner").delete("/api/v1/teams/TR-T1").then().statusCode(204);
        as("planner").get("/api/v1/teams/TR-T1").then().statusCode(404);
    }

    @Test
    void unknownSupervisorAndAgentsAre422NamingEachFieldAndNothingIsWritten() {
        agent("TR-A4");
        long teamsBefore = rows("team");
        long membersBefore = rows("team_member");

        as("planner")
                .body(Map.of(
                        "id",
                        "TR-T2",
                        "name",
                        "Team Ghost",
                        "supervisorId",
                        "NOBODY",
                        "members",
                        List.of("TR-A4", "NO-AGENT", "TR-A4")))
                .post("/api/v1/teams")
                .then()
                .statusCode(422)
                .body("errors.field", contains("supervisorId", "members[1]", "members[2]"))
                .body("errors[1].message", containsString("NO-AGENT"))
                .body("errors[2].message", containsString("twice"));

        assertThat(rows("team")).isEqualTo(teamsBefore);
        assertThat(rows("team_member")).isEqualTo(membersBefore);
    }

    @Test
    void anAgentAlreadyInAnotherTeamIs409NamingTheAgentAndTheTeam() {
        supervisor("TR-S3");
        agent("TR-A5");
        agent("TR-A6");
        team("TR-T3", "TR-S3", "TR-A5");
        long membersBefore = rows("team_member");

        as("planner")
                .body(Map.of(
                        "id",
                        "TR-T4",
                        "name",
                        "Team Other",
                        "supervisorId",
                        "TR-S3",
                        "members",
                        List.of("TR-A6", "TR-A5")))
                .post("/api/v1/teams")
                .then()
                .statusCode(409)
                .body("detail", containsString("TR-A5 is in team 'TR-T3'"));

        assertThat(rows("team_member")).isEqualTo(membersBefore);
        as("planner").get("/api/v1/teams/TR-T4").then().statusCode(404);
    }

    @Test
    void aTeamThatAnActivityUsesCannotBeDeleted() {
        supervisor("TR-S5");
        agent("TR-A7");
        team("TR-T5", "TR-S5", "TR-A7");
        as("planner")
                .body(Map.of(
                        "kind", "TEAM_MEETING",
                        "teamId", "TR-T5",
                        "lengthMinutes", 30,
                        "window", Map.of("days", List.of("TUESDAY"), "start", "10:00", "end", "16:00"),
                        "placement", "IN_SHIFT"))
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        as("planner").delete("/api/v1/teams/TR-T5").then().statusCode(409).body("detail", containsString("1 activity"));
    }

    @Test
    void aSupervisorReadsOnlyTheTeamsItLeads() {
        List<String> own = as("s1").get("/api/v1/teams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        assertThat(own).containsExactly("T1", "T2");
        as("s1").get("/api/v1/teams/T1").then().statusCode(200).body("supervisorId", equalTo("S1"));
        as("s1").get("/api/v1/teams/T4").then().statusCode(403).body("detail", containsString("what it leads"));
        as("planner").get("/api/v1/teams").then().statusCode(200).body("id", hasItems("T1", "T4", "T8"));
    }
}

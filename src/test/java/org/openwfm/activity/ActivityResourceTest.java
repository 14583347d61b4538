package org.openwfm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.openwfm.support.Api.TEST_USER_PASSWORD;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Teams.agent;
import static org.openwfm.support.Teams.hours;
import static org.openwfm.support.Teams.rows;
import static org.openwfm.support.Teams.supervisor;
import static org.openwfm.support.Teams.team;
import static org.openwfm.support.Teams.weekdays;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    static Map<String, Object> window(String start, String end, String... days) {
        return Map.of("days", List.of(days), "start", start, "end", end);
    }

    static Map<String, Object> activity(String kind, Map<String, Object> window, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("lengthMinutes", 30);
        body.put("window", window);
        body.put("placement", "IN_SHIFT");
        // A week no other test solves: these activities must not come into other classes' schedules.
        body.put("validFrom", "2030-01-07");
        body.put("validUntil", "2030-01-13");
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return as("planner").body(body).post("/api/v1/activities").then();
    }

    /** Rows of the three activity tables together, to show a refusal writes none. */
    static List<Long> activityRows() {
        return List.of(rows("activity"), rows("activity_attendee"), rows("activity_window_day"));
    }

    @Test
    void aTeamMeetingTakesItsTeamsSupervisorZoneAndTheDefaults() {
        supervisor("AR-S1");
        agent("AR-A1");
        agent("AR-A2");
        team("AR-T1", "AR-S1", "AR-A1", "AR-A2");

        long id = post(activity("TEAM_MEETING", window("10:00", "16:00", "THURSDAY", "TUESDAY"), "teamId", "AR-T1"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/activities/"))
                .body("supervisorId", equalTo("AR-S1"))
                .body("agentIds", nullValue())
                .body("sessions", equalTo(1))
                .body("priority", equalTo(5))
                .body("window.days", contains("TUESDAY", "THURSDAY"))
                .body("window.timeZone", equalTo("America/New_York"))
                .body("createdBy", equalTo("planner"))
                .body("createdAt", notNullValue())
                .extract()
                .jsonPath()
                .getLong("id");

        as("admin")
                .get("/api/v1/activities/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("TEAM_MEETING"))
                .body("teamId", equalTo("AR-T1"))
                .body("window.start", equalTo("10:00"))
                .body("window.end", equalTo("16:00"))
                .body("placement", equalTo("IN_SHIFT"));
    }

    @Test
    void coachingOfNamedAgentsAndATrainingOfAGroupAreStoredAsSent() {
        supervisor("AR-S2");
        agent("AR-A3");
        agent("AR-A4");

        post(activity(
                        "COACHING",
                        window("09:00", "17:00", "MONDAY", "FRIDAY"),
                        "agentIds",
                        List.of("AR-A4", "AR-A3"),
                        "supervisorId",
                        "AR-S2",
                        "priority",
                        3))
                .statusCode(201)
                .body("agentIds", contains("AR-A4", "AR-A3"))
                .body("priority", equalTo(3));
        post(activity(
                        "TRAINING",
                        Map.of(
                                "days",
                                List.of("WEDNESDAY"),
                                "start",
                                "08:00",
                                "end",
                                "24:00",
                                "timeZone",
                                "America/Chicago"),
                        "name",
                        "Returns policy",
                        "agentIds",
                        List.of("AR-A3", "AR-A4"),
                        "lengthMinutes",
                        90,
                        "sessions",
                        2,
                        "placement",
                        "MAY_EXTEND_SHIFT",
                        "validFrom",
                        "2027-03-01",
                        "validUntil",
                        "2027-03-31"))
                .statusCode(201)
                .body("supervisorId", nullValue())
                .body("sessions", equalTo(2))
                .body("window.end", equalTo("24:00"))
                .body("window.timeZone", equalTo("America/Chicago"))
                .body("validFrom", equalTo("2027-03-01"))
                .body("validUntil", equalTo("2027-03-31"));
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsWritten() {
        List<Long> before = activityRows();

        post(activity(
                        "TEAM_MEETING",
                        Map.of(
                                "days",
                                List.of("TUESDAY"),
                                "start",
                                "10:00",
                                "end",
                                "16:00",
                                "timeZone",
                                "America/New_York"),
                        "teamId",
                        "NO-TEAM",
                        "lengthMinutes",
                        45,
                        "priority",
                        11,
                        "validFrom",
                        "2027-02-01",
                        "validUntil",
                        "2027-01-01"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("teamId", "lengthMinutes", "priority", "validUntil"))
                .body("errors[0].message", containsString("NO-TEAM"));

        agent("AR-A5");
        post(activity(
                        "TRAINING",
                        window("10:00", "10:30", "TUESDAY"),
                        "agentIds",
                        List.of("AR-A5", "NO-AGENT", "AR-A5"),
                        "supervisorId",
                        "NO-SUPERVISOR",
                        "lengthMinutes",
                        60,
                        "sessions",
                        0))
                .statusCode(422)
                .body(
                        "errors.field",
                        contains("name", "sessions", "supervisorId", "agentIds[1]", "agentIds[2]", "window"))
                .body("errors[5].message", containsString("shorter"));

        post(activity("TRAINING", window("25:00", "10:00"), "name", "X", "agentIds", List.of("AR-A5")))
                .statusCode(422)
                .body("errors.field", contains("window.timeZone", "window.days", "window.start"));

        assertThat(activityRows()).isEqualTo(before);
    }

    @Test
    void aWindowOutsideAnAttendeesHoursNamesTheWindowAndTheAttendee() {
        supervisor("AR-S3", "America/New_York", hours("08:00", "18:00", "MONDAY"));
        agent("AR-A6");
        // 14:00–20:00 in Los Angeles is 17:00–23:00 in New York: nothing of Tue–Thu 10:00–16:00 there.
        agent("AR-A7", "America/Los_Angeles", weekdays("14:00", "20:00"));
        List<Long> before = activityRows();

        post(activity(
                        "COACHING",
                        window("10:00", "16:00", "TUESDAY", "WEDNESDAY", "THURSDAY"),
                        "agentIds",
                        List.of("AR-A6", "AR-A7"),
                        "supervisorId",
                        "AR-S3"))
                .statusCode(422)
                .body("errors.field", contains("window", "window"))
                .body(
                        "errors[0].message",
                        equalTo("window Tue–Thu 10:00–16:00 America/New_York lies outside AR-A7's availability"))
                .body(
                        "errors[1].message",
                        equalTo("window Tue–Thu 10:00–16:00 America/New_York lies outside supervisor AR-S3's"
                                + " availability"));

        assertThat(activityRows()).isEqualTo(before);
        // The same hours seen from Los Angeles' afternoon fit: the zones are compared, not the clock faces.
        post(activity(
                        "TRAINING",
                        Map.of(
                                "days",
                                List.of("MONDAY"),
                                "start",
                                "13:00",
                                "end",
                                "15:00",
                                "timeZone",
                                "America/Los_Angeles"),
                        "name",
                        "Coast to coast",
                        "agentIds",
                        List.of("AR-A6", "AR-A7")))
                .statusCode(201);
    }

    @Test
    void aTeamWithoutMembersAndAnotherTeamsSupervisorAreRefused() {
        supervisor("AR-S4");
        supervisor("AR-S5");
        team("AR-T2", "AR-S4");

        post(activity("COACHING", window("09:00", "17:00", "MONDAY"), "teamId", "AR-T2", "supervisorId", "AR-S5"))
                .statusCode(422)
                .body("errors.field", contains("teamId", "supervisorId"))
                .body("errors[0].message", containsString("no members"))
                .body("errors[1].message", containsString("led by 'AR-S4'"));
        post(activity("TEAM_MEETING", window("09:00", "17:00", "MONDAY"), "teamId", "AR-T2", "sessions", 2))
                .statusCode(422)
                .body("errors.field", contains("sessions", "teamId"));
    }

    @Test
    void unknownValuesAreThe400OfEveryJsonBody() {
        long before = rows("activity");

        post(activity("PARTY", window("09:00", "17:00", "MONDAY"))).statusCode(400);
        post(activity("TRAINING", window("09:00", "17:00", "FUNDAY"))).statusCode(400);
        post(activity("TRAINING", window("09:00", "17:00", "MONDAY"), "placement", "ANYWHERE"))
                .statusCode(400);

        assertThat(rows("activity")).isEqualTo(before);
    }

    @Test
    void aSupervisorReadsTheActivitiesItLeadsOrAttendsAndNoOthers() {
        supervisor("AR-S6");
        agent("AR-A8");
        agent("AR-A9");
        Map<String, Object> alsoAgent =
                org.openwfm.support.Teams.supervisorBody("AR-S7", "America/New_York", weekdays("08:00", "18:00"));
        alsoAgent.put("agentId", "AR-A9");
        as("planner").body(alsoAgent).post("/api/v1/supervisors").then().statusCode(201);
        as("admin")
                .body(Map.of("password", TEST_USER_PASSWORD, "role", "supervisor", "supervisorId", "AR-S7"))
                .put("/api/v1/users/ar-s7")
                .then()
                .statusCode(200);
        long attended = post(activity(
                        "TRAINING",
                        window("09:00", "17:00", "MONDAY"),
                        "name",
                        "Escalations",
                        "agentIds",
                        List.of("AR-A8", "AR-A9"),
                        "supervisorId",
                        "AR-S6"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long other = post(activity(
                        "COACHING",
                        window("09:00", "17:00", "MONDAY"),
                        "agentIds",
                        List.of("AR-A8"),
                        "supervisorId",
                        "AR-S6"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        List<Long> seen = as("ar-s7")
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        assertThat(seen).containsExactly(attended);
        as("ar-s7").get("/api/v1/activities/" + other).then().statusCode(403);

        List<Long> s1Sees = as("s1").get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", Long.class);
        // S1 leads the sample teams T1 and T2 (a meeting and coaching each) and the sample training.
        assertThat(s1Sees).hasSize(5).doesNotContain(attended, other);
        as("s1").get("/api/v1/activities/" + attended).then().statusCode(403);
    }

    @Test
    void aPlannerDeletesAnActivityWithItsAttendeesAndDays() {
        supervisor("AR-S8");
        agent("AR-A10");
        long id = post(activity(
                        "COACHING",
                        window("09:00", "17:00", "MONDAY", "TUESDAY"),
                        "agentIds",
                        List.of("AR-A10"),
                        "supervisorId",
                        "AR-S8"))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        List<Long> before = activityRows();

        as("planner").delete("/api/v1/activities/" + id).then().statusCode(204);

        assertThat(activityRows()).containsExactly(before.get(0) - 1, before.get(1) - 1, before.get(2) - 2);
        as("planner").get("/api/v1/activities/" + id).then().statusCode(404);
        as("planner").delete("/api/v1/supervisors/AR-S8").then().statusCode(204);
    }

    @Test
    void theLocationNamesTheNewId() {
        supervisor("AR-S9");
        agent("AR-A11");
        var answer = post(activity(
                        "COACHING",
                        window("09:00", "17:00", "MONDAY"),
                        "agentIds",
                        List.of("AR-A11"),
                        "supervisorId",
                        "AR-S9"))
                .statusCode(201)
                .extract();
        assertThat(answer.header("Location"))
                .endsWith("/api/v1/activities/" + answer.jsonPath().getLong("id"));
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.support.Desk;
import org.openwfm.support.Teams;

/**
 * Published sessions in the weeks people read: an agent's own week lists the sessions it attends, and a team's week
 * its members' shifts with every session of its members or its supervisor.
 */
@QuarkusTest
class TeamScheduleTest {

    @Inject
    ActivityStore activities;

    @Test
    void anAgentsWeekAndItsTeamsWeekListTheirPublishedSessions() {
        Desk desk = Desk.open("sc-team", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String member = desk.agent("TZ1");
        String stranger = desk.agent("TZ2");
        Teams.supervisor("TZ-S1");
        Teams.team("TZ-T1", "TZ-S1", member);
        long scheduleId = desk.claim(member, "2027-05-03T08:00:00Z", "2027-05-03T12:00:00Z", 201)
                .getLong("scheduleId");
        desk.claim(stranger, "2027-05-03T08:00:00Z", "2027-05-03T12:00:00Z", 201);
        activities.add(
                scheduleId,
                List.of(
                        session("TZ-T1", "TEAM_MEETING", "Team meeting of Team TZ-T1", "TZ-S1", member, "10:00"),
                        session("TZ-C", "COACHING", "Coaching for TZ2", "TZ-S1", stranger, "11:00"),
                        session("TZ-X", "TRAINING", "Fire drill", null, stranger, "09:00")),
                List.of());

        JsonPath own = asAgent(member)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/TZ1/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> sessions = own.getList("activities");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0))
                .containsEntry("key", "TZ-T1")
                .containsEntry("kind", "TEAM_MEETING")
                .containsEntry("name", "Team meeting of Team TZ-T1")
                .containsEntry("teamName", "Team TZ-T1")
                .containsEntry("supervisorId", "TZ-S1")
                .containsEntry("supervisorName", "Supervisor TZ-S1")
                .containsEntry("start", "2027-05-03T10:00:00Z")
                .containsEntry("end", "2027-05-03T10:30:00Z");
        assertThat(OffsetDateTime.parse((String) sessions.get(0).get("localStart")))
                .as("in the agent's own zone, Phoenix")
                .isEqualTo(OffsetDateTime.parse("2027-05-03T03:00:00-07:00"));
        assertThat(OffsetDateTime.parse((String) sessions.get(0).get("localEnd")))
                .isEqualTo(OffsetDateTime.parse("2027-05-03T03:30:00-07:00"));

        JsonPath team = as("planner")
                .queryParam("weekStart", WEEK)
                .get("/api/v1/teams/TZ-T1/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(team.getString("supervisorId")).isEqualTo("TZ-S1");
        assertThat(team.getString("timeZone")).isEqualTo("America/New_York");
        assertThat(team.getList("members")).containsExactly("TZ1");
        assertThat(team.getList("shifts.agentId")).containsExactly("TZ1");
        assertThat(team.getList("shifts.start")).containsExactly("2027-05-03T08:00:00Z");
        assertThat(team.getList("shifts[0].breaks")).isNotNull();
        assertThat(team.getList("activities.key"))
                .as("the member's meeting and the supervisor's coaching of another agent; not the other's training")
                .containsExactly("TZ-T1", "TZ-C");
        assertThat(team.getList("activities[1].agentIds")).containsExactly("TZ2");

        assertThat(as("planner")
                        .queryParam("weekStart", "2027-05-10")
                        .get("/api/v1/teams/TZ-T1/schedule")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("activities"))
                .as("the next week holds none")
                .isEmpty();
    }

    private static ScheduledActivity session(
            String key, String kind, String name, String supervisorId, String agentId, String utcStart) {
        Instant start = Instant.parse("2027-05-03T" + utcStart + ":00Z");
        return new ScheduledActivity(
                key,
                name,
                kind,
                supervisorId,
                supervisorId == null ? null : "Supervisor " + supervisorId,
                kind.equals("TEAM_MEETING") ? "Team " + key : null,
                List.of(agentId),
                start,
                start.plusSeconds(1800));
    }
}

package org.openwfm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Teams.agent;
import static org.openwfm.support.Teams.supervisorBody;
import static org.openwfm.support.Teams.team;
import static org.openwfm.support.Teams.weekdays;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The port the roster reads: every session of the week, expanded from the definitions and the teams as they are. */
@QuarkusTest
class ActivityDirectoryTest {

    static final LocalDate WEEK = LocalDate.parse("2027-01-04");

    @Inject
    ActivityDirectory directory;

    static long meeting;
    static long coaching;
    static long training;

    @BeforeEach
    void defineOnce() {
        if (meeting != 0) {
            return;
        }
        agent("AD-A1");
        agent("AD-A2");
        agent("AD-A3");
        // AD-S1 is also agent AD-A3, who sits in its own team: it attends as the supervisor, never as an agent.
        Map<String, Object> supervisor = supervisorBody("AD-S1", "America/Chicago", weekdays("07:00", "17:00"));
        supervisor.put("agentId", "AD-A3");
        as("planner").body(supervisor).post("/api/v1/supervisors").then().statusCode(201);
        team("AD-T1", "AD-S1", "AD-A2", "AD-A3", "AD-A1");
        meeting = define(Map.of(
                "kind",
                "TEAM_MEETING",
                "teamId",
                "AD-T1",
                "lengthMinutes",
                30,
                "window",
                Map.of("days", List.of("WEDNESDAY", "TUESDAY"), "start", "10:00", "end", "16:00"),
                "placement",
                "IN_SHIFT",
                "priority",
                8));
        coaching = define(Map.of(
                "kind", "COACHING",
                "teamId", "AD-T1",
                "lengthMinutes", 30,
                "window", Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "12:00"),
                "placement", "MAY_EXTEND_SHIFT"));
        training = define(Map.of(
                "kind", "TRAINING",
                "name", "Safety refresher",
                "agentIds", List.of("AD-A2", "AD-A1"),
                "lengthMinutes", 60,
                "sessions", 2,
                "window",
                        Map.of(
                                "days",
                                List.of("THURSDAY"),
                                "start",
                                "08:00",
                                "end",
                                "12:00",
                                "timeZone",
                                "America/New_York"),
                "placement", "IN_SHIFT",
                "validFrom", "2027-01-06",
                "validUntil", "2027-01-11"));
    }

    static long define(Map<String, Object> body) {
        return as("planner")
                .body(body)
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    List<ActivitySession> mine(LocalDate weekStart) {
        return directory.sessionsForWeek(weekStart).stream()
                .filter(s -> List.of(meeting, coaching, training).contains(s.activityId()))
                .toList();
    }

    @Test
    void aWeekHoldsTheMeetingEveryCoachingAndEachTrainingSessionInOrder() {
        assertThat(mine(WEEK))
                .extracting(ActivitySession::key, ActivitySession::name, ActivitySession::agentIds)
                .containsExactly(
                        tuple(meeting + "", "Team meeting of Team AD-T1", List.of("AD-A1", "AD-A2")),
                        tuple(coaching + "/AD-A1", "Coaching for AD-A1", List.of("AD-A1")),
                        tuple(coaching + "/AD-A2", "Coaching for AD-A2", List.of("AD-A2")),
                        tuple(training + "#1", "Safety refresher (session 1 of 2)", List.of("AD-A1", "AD-A2")),
                        tuple(training + "#2", "Safety refresher (session 2 of 2)", List.of("AD-A1", "AD-A2")));
    }

    @Test
    void aSessionCarriesItsSupervisorWindowPlacementAndPriority() {
        ActivitySession first = mine(WEEK).get(0);

        assertThat(first.kind()).isEqualTo(ActivityKind.TEAM_MEETING);
        assertThat(first.teamName()).isEqualTo("Team AD-T1");
        assertThat(first.supervisor().id()).isEqualTo("AD-S1");
        assertThat(first.supervisor().agentId()).isEqualTo("AD-A3");
        assertThat(first.supervisor().timeZone()).isEqualTo("America/Chicago");
        assertThat(first.supervisor().availability()).hasSize(5);
        assertThat(first.lengthMinutes()).isEqualTo(30);
        assertThat(first.window())
                .isEqualTo(new ActivityWindow(
                        List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 600, 960, "America/Chicago"));
        assertThat(first.placement()).isEqualTo(ActivityPlacement.IN_SHIFT);
        assertThat(first.priority()).isEqualTo(8);

        ActivitySession coached = mine(WEEK).get(1);
        assertThat(coached.placement()).isEqualTo(ActivityPlacement.MAY_EXTEND_SHIFT);
        assertThat(coached.priority()).isEqualTo(5);
        ActivitySession trained = mine(WEEK).get(3);
        assertThat(trained.supervisor()).isNull();
        assertThat(trained.teamName()).isNull();
        assertThat(trained.window().timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void theTrainingRecursOnlyInTheWeeksItsDatesTouch() {
        assertThat(mine(WEEK.minusWeeks(1)))
                .extracting(ActivitySession::activityId)
                .doesNotContain(training);
        assertThat(mine(WEEK.plusWeeks(1)))
                .extracting(ActivitySession::key)
                .containsExactly(
                        meeting + "", coaching + "/AD-A1", coaching + "/AD-A2", training + "#1", training + "#2");
        assertThat(mine(WEEK.plusWeeks(2)))
                .extracting(ActivitySession::activityId)
                .doesNotContain(training);
    }
}

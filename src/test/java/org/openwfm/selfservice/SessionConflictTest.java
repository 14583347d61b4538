package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.agentSlots;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.ActivityStore;
import org.openwfm.support.Desk;

/**
 * An agent's published sessions (meetings, coaching, training) are hours away from contacts: a claim over one is
 * refused, and so is a release of the hours of one in its shift. The agent lives in Phoenix (UTC−7).
 */
@QuarkusTest
class SessionConflictTest {

    @Inject
    ActivityStore activities;

    @Test
    void aClaimOverAPublishedSessionIsRefusedByNameAndItsHoursAreNotOffered() {
        Desk desk = Desk.open("ss-sess-c", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String agent = desk.agent("SZ1");
        long scheduleId = desk.claim(agent, "2027-05-03T08:00:00Z", "2027-05-03T12:00:00Z", 201)
                .getLong("scheduleId");
        activities.add(
                scheduleId, List.of(meeting("SX", agent, "2027-05-03T12:30:00Z", "2027-05-03T13:00:00Z")), List.of());

        assertThat(agentSlots(agent, WEEK))
                .extracting(s -> s.get("start"))
                .as("the half-hour before the meeting extends the shift; the meeting's own is never offered")
                .contains("2027-05-03T12:00:00Z")
                .doesNotContain("2027-05-03T12:30:00Z");
        asAgent(agent)
                .body(claimOf(desk, "2027-05-03T12:00:00Z", "2027-05-03T14:00:00Z"))
                .post("/api/v1/agents/SZ1/claims")
                .then()
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].rule", equalTo("activity conflict"))
                .body(
                        "errors[0].message",
                        equalTo("Team meeting of Team SX on Mon 2027-05-03 05:30–06:00 falls in this claim"));
        assertThat(desk.openSeats(WEEK, "2027-05-03T12:00:00Z"))
                .as("nothing taken")
                .isEqualTo(2);

        var extended = desk.claim(agent, "2027-05-03T12:00:00Z", "2027-05-03T12:30:00Z", 201);
        assertThat(extended.getString("start")).isEqualTo("2027-05-03T08:00:00Z");
        assertThat(extended.getString("end")).isEqualTo("2027-05-03T12:30:00Z");
    }

    @Test
    void anAgentMayNotReleaseTheHoursOfASessionInItsShiftButMayReleaseTheRest() {
        Desk desk = Desk.open("ss-sess-r", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 1);
        String agent = desk.agent("SZ2");
        var claimed = desk.claim(agent, "2027-05-03T08:00:00Z", "2027-05-03T14:00:00Z", 201);
        long shift = claimed.getLong("id");
        activities.add(
                claimed.getLong("scheduleId"),
                List.of(meeting("SY", agent, "2027-05-03T10:00:00Z", "2027-05-03T10:30:00Z")),
                List.of());

        asAgent(agent)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/SZ2/releases")
                .then()
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].rule", equalTo("activity in shift"))
                .body(
                        "errors[0].message",
                        equalTo("The shift holds Team meeting of Team SY on Mon 2027-05-03 03:00–03:30; "
                                + "a planner must release it (by re-planning the week)"));
        asAgent(agent)
                .body(Map.of("shiftId", shift, "start", "2027-05-03T10:00:00Z", "end", "2027-05-03T14:00:00Z"))
                .post("/api/v1/agents/SZ2/releases")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("activity in shift"));

        asAgent(agent)
                .body(Map.of("shiftId", shift, "start", "2027-05-03T11:00:00Z", "end", "2027-05-03T14:00:00Z"))
                .post("/api/v1/agents/SZ2/releases")
                .then()
                .statusCode(200)
                .body("remaining[0].start", equalTo("2027-05-03T08:00:00Z"))
                .body("remaining[0].end", equalTo("2027-05-03T11:00:00Z"));
    }

    private static Map<String, Object> claimOf(Desk desk, String start, String end) {
        return Map.of("clientId", desk.clientId, "channel", "VOICE", "start", start, "end", end);
    }

    static ScheduledActivity meeting(String team, String agentId, String start, String end) {
        return new ScheduledActivity(
                "900-" + team,
                "Team meeting of Team " + team,
                ScheduledActivity.TEAM_MEETING,
                null,
                null,
                "Team " + team,
                List.of(agentId),
                Instant.parse(start),
                Instant.parse(end));
    }
}

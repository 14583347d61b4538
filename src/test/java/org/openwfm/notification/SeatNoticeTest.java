package org.openwfm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;
import org.openwfm.support.PlannerSteps;

/** Which agents hear of opened seats and published weeks: their chosen channels, days, hours and run lengths. */
@QuarkusTest
class SeatNoticeTest {

    @Test
    void agentsHearOnlyOfSeatsInTheirChosenHoursChannelsAndLengths() {
        Desk desk = Desk.open("ntf-window", 24, "MONDAY 14:00-23:00", "TUESDAY 14:00-23:00");
        Desk other = Desk.open("ntf-window2", 24, "MONDAY 14:00-23:00");
        String anyHour = desk.agent("NTW1", "MONDAY 07:00-17:00");
        String afternoons = desk.agent("NTW2", "MONDAY 07:00-17:00");
        String longRuns = desk.agent("NTW3", "MONDAY 07:00-17:00");
        String tuesdays = desk.agent("NTW4", "MONDAY 07:00-17:00");
        String otherChannel = Desk.agent("NTW5", List.of("ntf-window", "ntf-window2"), "MONDAY 07:00-17:00");
        String switchedOff = desk.agent("NTW6", "MONDAY 07:00-17:00");
        Inboxes.prefer(afternoons, Map.of("openSeats", Map.of("from", "12:00", "to", "16:00")));
        Inboxes.prefer(longRuns, Map.of("openSeats", Map.of("minMinutes", 180)));
        Inboxes.prefer(tuesdays, Map.of("openSeats", Map.of("days", List.of("TUESDAY"))));
        Inboxes.prefer(
                otherChannel,
                Map.of(
                        "openSeats",
                        Map.of("channels", List.of(Map.of("clientId", "ntf-window2", "channel", "VOICE")))));
        Inboxes.prefer(switchedOff, Map.of("openSeats", Map.of("enabled", false)));

        // 08:00–10:00 on Monday in Phoenix: two hours
        desk.release("2028-03-06T15:00:00Z", "2028-03-06T17:00:00Z", 1);

        assertThat(Inboxes.awaitNotices(anyHour, 1))
                .singleElement()
                .satisfies(
                        notice -> assertThat((String) notice.get("text")).contains("Mon 6 Mar 08:00–10:00 (1 seat)"));
        for (String agent : List.of(afternoons, longRuns, tuesdays, otherChannel, switchedOff)) {
            assertThat(Inboxes.of(agent)).as(agent).isEmpty();
        }

        other.release("2028-03-06T15:00:00Z", "2028-03-06T17:00:00Z", 1);

        assertThat(Inboxes.awaitNotices(otherChannel, 1))
                .singleElement()
                .satisfies(notice -> assertThat(notice.get("title")).isEqualTo("Open seats on ntf-window2 VOICE"));
    }

    @Test
    void aPublishedWeekTellsEachAgentWithShiftsWhatItHas() {
        Desk desk = Desk.open("ntf-publish", 24, "MONDAY 08:00-16:00");
        desk.forecast("2028-03-06T08:00:00Z", 16, 10);
        String agent = desk.agent("NTP1", "MONDAY 01:00-05:00"); // 08:00–12:00 UTC

        desk.solveAndPublish("2028-03-06");

        assertThat(Inboxes.awaitKind(agent, "SCHEDULE_CHANGE")).singleElement().satisfies(notice -> {
            assertThat(notice.get("title")).isEqualTo("Your schedule for the week of 2028-03-06");
            assertThat((String) notice.get("text")).contains("is published: you have 1 shift, ");
            assertThat(notice.get("link")).isEqualTo("/agent.html?week=2028-03-06");
        });
    }

    @Test
    void aRePublishThatLeavesAnAgentNoShiftTellsItSo() {
        Desk desk = Desk.open("ntf-replan", 24, "MONDAY 08:00-16:00");
        desk.forecast("2028-03-20T08:00:00Z", 16, 10);
        Desk other = Desk.open("ntf-replan2", 24, "TUESDAY 08:00-16:00");
        other.forecast("2028-03-21T08:00:00Z", 16, 10);
        String onlyHere = desk.agent("NTQ1", "MONDAY 01:00-05:00"); // 08:00–12:00 UTC
        String alsoThere =
                Desk.agent("NTQ2", List.of("ntf-replan", "ntf-replan2"), "MONDAY 01:00-05:00", "TUESDAY 01:00-05:00");
        other.solveAndPublish("2028-03-20");
        desk.solveAndPublish("2028-03-20"); // 10 contacts a half-hour need both agents on Monday
        assertThat(Inboxes.awaitKind(onlyHere, "SCHEDULE_CHANGE")).hasSize(1);
        await().atMost(Duration.ofSeconds(60)).until(() -> scheduleNotices(alsoThere) == 2);

        // The work is gone: a planner sets Monday's requirement to nobody.
        Api.as("planner")
                .body(Map.of(
                        "clientId", "ntf-replan",
                        "channel", "VOICE",
                        "start", "2028-03-20T08:00:00Z",
                        "end", "2028-03-20T16:00:00Z",
                        "kind", "SET",
                        "agents", 0))
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(201);
        long replan = Api.as("planner")
                .body(Map.of(
                        "weekStart",
                        "2028-03-20",
                        "clientIds",
                        List.of("ntf-replan"),
                        "solveSeconds",
                        2,
                        "replanPublished",
                        true))
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "SOLVED".equals(PlannerSteps.schedule(replan).getString("status")));
        assertThat(PlannerSteps.schedule(replan).getList("shifts"))
                .as("no work, no shift")
                .isEmpty();
        Api.as("planner")
                .post("/api/v1/schedules/" + replan + "/publish")
                .then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> scheduleNotices(onlyHere) == 2);
        Map<String, Object> newest = Inboxes.of(onlyHere).get(0);
        assertThat(newest.get("text"))
                .isEqualTo("The schedule of the week of 2028-03-20 is published: you have no shifts that week now.");
        assertThat(newest.get("link")).isEqualTo("/agent.html?week=2028-03-20");
        await().atMost(Duration.ofSeconds(60)).until(() -> scheduleNotices(alsoThere) == 3);
        assertThat(Inboxes.of(alsoThere).get(0).get("text"))
                .isEqualTo("The schedule of the week of 2028-03-20 is published: you have no shifts in it now;"
                        + " your shifts of other clients that week stand.");
    }

    private static long scheduleNotices(String agentId) {
        return Inboxes.of(agentId).stream()
                .filter(notice -> "SCHEDULE_CHANGE".equals(notice.get("kind")))
                .count();
    }
}

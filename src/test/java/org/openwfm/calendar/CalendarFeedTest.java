package org.openwfm.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.calendar.CalendarFeedFixture.agentInNewYork;
import static org.openwfm.calendar.CalendarFeedFixture.feedUrl;
import static org.openwfm.calendar.CalendarFeedFixture.session;
import static org.openwfm.calendar.CalendarFeedFixture.shift;
import static org.openwfm.calendar.CalendarFeedFixture.span;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.ActivityStore;
import org.openwfm.schedule.PublishedWeeks;

/**
 * The feed as a calendar app reads it: parsed back with the iCalendar library, at the agent's wall-clock times on
 * both sides of New York's clocks going back (Sunday 2028-11-05), with UIDs that outlive a fetch and a move.
 */
@QuarkusTest
class CalendarFeedTest {

    private static final String ZONE = "TZID=America/New_York:";

    @Inject
    PublishedWeeks published;

    @Inject
    ActivityStore activities;

    @Test
    void theFeedHoldsShiftsBreaksAndAttendedSessionsAtTheAgentsWallClockAcrossTheClocksGoingBack() {
        String agent = agentInNewYork("CF1");
        var friday = shift(
                published,
                agent,
                "2028-11-03T13:00:00Z",
                "2028-11-03T21:00:00Z",
                span("2028-11-03T16:00:00Z", "2028-11-03T16:30:00Z"));
        // Saturday 22:00 EDT to Sunday 04:00 EST, its break in the repeated hour (the second 01:30, EST).
        var night = shift(
                published,
                agent,
                "2028-11-05T02:00:00Z",
                "2028-11-05T09:00:00Z",
                span("2028-11-05T06:30:00Z", "2028-11-05T07:00:00Z"));
        var sunday = shift(published, agent, "2028-11-05T18:00:00Z", "2028-11-05T22:00:00Z");
        session(
                published,
                activities,
                "cal-feed-tm",
                ScheduledActivity.TEAM_MEETING,
                "Team meeting of Team Feed",
                "2028-11-05T19:00:00Z",
                "2028-11-05T19:30:00Z",
                agent,
                "CFX");
        session(
                published,
                activities,
                "cal-feed-coach/CFX",
                ScheduledActivity.COACHING,
                "Coaching for CFX",
                "2028-11-03T15:00:00Z",
                "2028-11-03T15:30:00Z",
                "CFX");

        Response response = given().get(feedUrl(agent));
        response.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(response.contentType()).startsWith("text/calendar");
        String text = response.asString();
        ICalendar calendar = Biweekly.parse(text).first();
        Map<String, VEvent> events = byUid(calendar);

        String f = "shift-" + friday.shiftId();
        String n = "shift-" + night.shiftId();
        String s = "shift-" + sunday.shiftId();
        assertThat(events.keySet())
                .as("the three shifts, their two breaks and the one session CF1 attends; not CFX's coaching")
                .containsExactlyInAnyOrder(
                        f + "@openwfm",
                        f + "-break-" + Instant.parse("2028-11-03T16:00:00Z").getEpochSecond() + "@openwfm",
                        n + "@openwfm",
                        n + "-break-" + Instant.parse("2028-11-05T06:30:00Z").getEpochSecond() + "@openwfm",
                        s + "@openwfm",
                        "session-cal-feed-tm-2028-10-30@openwfm");

        // Local wall-clock times as written, with the zone's id ...
        assertThat(eventText(text, f + "@openwfm"))
                .contains("DTSTART;" + ZONE + "20281103T090000", "DTEND;" + ZONE + "20281103T170000")
                .contains("SUMMARY:cal-feed VOICE", "LOCATION:Client cal-feed (cal-feed)\\, VOICE");
        assertThat(eventText(text, n + "@openwfm"))
                .contains("DTSTART;" + ZONE + "20281104T220000", "DTEND;" + ZONE + "20281105T040000");
        assertThat(eventText(
                        text,
                        n + "-break-" + Instant.parse("2028-11-05T06:30:00Z").getEpochSecond()))
                .as("01:30 happens twice that night: the second one is written in UTC")
                .contains("DTSTART:20281105T063000Z", "DTEND;" + ZONE + "20281105T020000", "SUMMARY:Break");
        assertThat(eventText(text, s + "@openwfm"))
                .contains("DTSTART;" + ZONE + "20281105T130000", "DTEND;" + ZONE + "20281105T170000");
        assertThat(eventText(text, "session-cal-feed-tm-2028-10-30@openwfm"))
                .contains("DTSTART;" + ZONE + "20281105T140000", "DTEND;" + ZONE + "20281105T143000")
                .contains("SUMMARY:Team meeting of Team Feed");
        // ... and the instants a reader takes from them through the document's own VTIMEZONE.
        assertThat(WallClock.start(calendar, events, f + "@openwfm")).isEqualTo("2028-11-03T13:00:00Z");
        assertThat(WallClock.end(calendar, events, f + "@openwfm")).isEqualTo("2028-11-03T21:00:00Z");
        assertThat(WallClock.start(calendar, events, n + "@openwfm")).isEqualTo("2028-11-05T02:00:00Z");
        assertThat(WallClock.end(calendar, events, n + "@openwfm")).isEqualTo("2028-11-05T09:00:00Z");
        String nightBreak =
                n + "-break-" + Instant.parse("2028-11-05T06:30:00Z").getEpochSecond() + "@openwfm";
        assertThat(WallClock.start(calendar, events, nightBreak)).isEqualTo("2028-11-05T06:30:00Z");
        assertThat(WallClock.end(calendar, events, nightBreak)).isEqualTo("2028-11-05T07:00:00Z");
        assertThat(WallClock.start(calendar, events, s + "@openwfm")).isEqualTo("2028-11-05T18:00:00Z");
        assertThat(WallClock.start(calendar, events, "session-cal-feed-tm-2028-10-30@openwfm"))
                .isEqualTo("2028-11-05T19:00:00Z");

        assertThat(text)
                .contains("PRODID:" + CalendarDocument.PRODUCT_ID, "X-WR-CALNAME:OpenWFM shifts of CF1")
                .contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n")
                .as("the clocks going back, as the zone's definition says it")
                .contains("DTSTART:20281105T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST");
        assertThat(calendar.getEvents())
                .allSatisfy(
                        event -> assertThat(event.getDateTimeStamp().getValue()).isNotNull());
    }

    @Test
    void aShiftKeepsItsUidAcrossFetchesAndWhenItMovesAndLeavesTheFeedWhenRemoved() {
        String agent = agentInNewYork("CF2");
        var kept = shift(published, agent, "2028-11-01T13:00:00Z", "2028-11-01T17:00:00Z");
        var moved = shift(
                published,
                agent,
                "2028-11-02T13:00:00Z",
                "2028-11-02T17:00:00Z",
                span("2028-11-02T15:00:00Z", "2028-11-02T15:15:00Z"));
        var removed = shift(published, agent, "2028-11-03T13:00:00Z", "2028-11-03T17:00:00Z");
        String url = feedUrl(agent);

        Map<String, VEvent> first = byUid(fetch(url));
        Map<String, VEvent> second = byUid(fetch(url));
        assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(4);

        published.move(
                moved,
                span("2028-11-02T14:00:00Z", "2028-11-02T18:00:00Z"),
                List.of(span("2028-11-02T16:00:00Z", "2028-11-02T16:15:00Z")));
        published.remove(removed);
        ICalendar refetched = fetch(url);
        Map<String, VEvent> after = byUid(refetched);

        String movedUid = "shift-" + moved.shiftId() + "@openwfm";
        assertThat(after.keySet())
                .containsExactlyInAnyOrder(
                        "shift-" + kept.shiftId() + "@openwfm",
                        movedUid,
                        "shift-" + moved.shiftId() + "-break-"
                                + Instant.parse("2028-11-02T16:00:00Z").getEpochSecond() + "@openwfm");
        assertThat(WallClock.start(refetched, after, movedUid)).isEqualTo("2028-11-02T14:00:00Z");
        assertThat(WallClock.end(refetched, after, movedUid)).isEqualTo("2028-11-02T18:00:00Z");
    }

    private static ICalendar fetch(String url) {
        return Biweekly.parse(given().get(url).then().statusCode(200).extract().asString())
                .first();
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    /** The lines of one event as written, found by its UID. */
    private static String eventText(String calendar, String uid) {
        int at = calendar.indexOf("UID:" + uid);
        assertThat(at).as("event " + uid).isNotNegative();
        int begin = calendar.lastIndexOf("BEGIN:VEVENT", at);
        return calendar.substring(begin, calendar.indexOf("END:VEVENT", at));
    }
}

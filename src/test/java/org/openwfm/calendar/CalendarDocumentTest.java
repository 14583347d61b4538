package org.openwfm.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VTimezone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.time.TimeSpan;

/** The document and its zone definition without the service: what RFC 5545 asks of them. */
class CalendarDocumentTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aZoneDefinitionHasTheChangeInEffectAtTheStartAndEachChangeInTheSpanAtItsLocalOnset() {
        VTimezone definition = ZoneDefinitions.of(
                NEW_YORK, Instant.parse("2028-01-10T05:00:00Z"), Instant.parse("2028-11-10T05:00:00Z"));

        assertThat(definition.getTimezoneId().getValue()).isEqualTo("America/New_York");
        assertThat(definition.getStandardTimes())
                .extracting(CalendarDocumentTest::describe)
                .containsExactly("20271107T020000 -04:00 -> -05:00 EST", "20281105T020000 -04:00 -> -05:00 EST");
        assertThat(definition.getDaylightSavingsTime())
                .extracting(CalendarDocumentTest::describe)
                .containsExactly("20280312T020000 -05:00 -> -04:00 EDT");
    }

    @Test
    void aZoneThatNeverChangesHasOneStandardObservance() {
        VTimezone definition = ZoneDefinitions.of(
                ZoneId.of("UTC"), Instant.parse("2028-01-10T00:00:00Z"), Instant.parse("2029-01-10T00:00:00Z"));

        assertThat(definition.getDaylightSavingsTime()).isEmpty();
        assertThat(definition.getStandardTimes())
                .extracting(CalendarDocumentTest::describe)
                .containsExactly("19700101T000000 +00:00 -> +00:00 UTC");
    }

    @Test
    void theDocumentValidatesAsICalendar2WithSessionsOnceEachByKeyAndWeek() {
        ScheduledActivity meeting = new ScheduledActivity(
                "41",
                "Team meeting of Team Feed",
                ScheduledActivity.TEAM_MEETING,
                "S9",
                "Sam",
                "Team Feed",
                List.of("CF0"),
                Instant.parse("2028-11-01T19:00:00Z"),
                Instant.parse("2028-11-01T19:30:00Z"));
        ScheduledActivity nextWeek = new ScheduledActivity(
                "41",
                "Team meeting of Team Feed",
                ScheduledActivity.TEAM_MEETING,
                "S9",
                "Sam",
                "Team Feed",
                List.of("CF0"),
                Instant.parse("2028-11-08T20:00:00Z"),
                Instant.parse("2028-11-08T20:30:00Z"));
        PublishedWeeks.Shift shift = new PublishedWeeks.Shift(
                77,
                5,
                new ScheduledShift(
                        "CF0",
                        new ChannelKey("retail", Channel.VOICE),
                        Instant.parse("2028-11-01T13:00:00Z"),
                        Instant.parse("2028-11-01T21:00:00Z"),
                        List.of(new TimeSpan(
                                Instant.parse("2028-11-01T16:00:00Z"), Instant.parse("2028-11-01T16:30:00Z")))));

        String text = CalendarDocument.write(
                "CF0",
                NEW_YORK,
                Instant.parse("2026-12-07T10:00:00Z"),
                new TimeSpan(Instant.parse("2026-11-09T05:00:00Z"), Instant.parse("2028-11-08T20:30:00Z")),
                clientId -> "Retail",
                List.of(shift),
                // The same session placed by two published schedules of the week, and the next week's.
                List.of(meeting, meeting, nextWeek));
        ICalendar calendar = Biweekly.parse(text).first();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).isTrue();
        assertThat(calendar.getEvents())
                .extracting(e -> e.getUid().getValue())
                .containsExactly(
                        "shift-77@openwfm",
                        "shift-77-break-"
                                + Instant.parse("2028-11-01T16:00:00Z").getEpochSecond() + "@openwfm",
                        "session-41-2028-10-30@openwfm",
                        "session-41-2028-11-06@openwfm");
        assertThat(calendar.getEvents().get(0).getDescription().getValue())
                .isEqualTo("Shift on client Retail (retail), VOICE.");
        assertThat(calendar.getEvents().get(2).getDescription().getValue())
                .isEqualTo("Team meeting, team Team Feed, with Sam.");
        assertThat(calendar.getEvents())
                .allSatisfy(e ->
                        assertThat(e.getDateTimeStamp().getValue().toInstant()).isEqualTo("2026-12-07T10:00:00Z"));
    }

    @Test
    void theFeedStartsOnTheMondayFourWeeksBeforeTheCurrentWeekInTheAgentsZone() {
        // Monday 2026-12-07 03:00 UTC is still Sunday evening in New York: that week began on 2026-11-30.
        assertThat(AgentCalendars.firstDay(Instant.parse("2026-12-07T03:00:00Z"), NEW_YORK))
                .isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(AgentCalendars.firstDay(Instant.parse("2026-12-07T06:00:00Z"), NEW_YORK))
                .isEqualTo(LocalDate.parse("2026-11-09"));
    }

    private static String describe(Observance observance) {
        var start = observance.getDateStart().getValue().getRawComponents();
        return String.format(
                        "%04d%02d%02dT%02d%02d%02d",
                        start.getYear(),
                        start.getMonth(),
                        start.getDate(),
                        start.getHour(),
                        start.getMinute(),
                        start.getSecond())
                + " " + observance.getTimezoneOffsetFrom().getValue().toString(true)
                + " -> " + observance.getTimezoneOffsetTo().getValue().toString(true)
                + " " + observance.getTimezoneNames().get(0).getValue();
    }
}

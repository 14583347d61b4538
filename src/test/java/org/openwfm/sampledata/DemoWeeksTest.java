package org.openwfm.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample, written for the weeks from 2026-11-30 (New York on standard time), moved to a demo starting Monday
 * 2027-03-15, the day after the clocks went forward: a 10:00 local interval of the first week starts an hour earlier
 * in UTC than it did in the sample, one of the week before (still standard time) does not.
 */
class DemoWeeksTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds,abandoned,answered_in_target\n";
    static final String SAMPLE = HEADER
            + "retail,VOICE,2026-11-23T15:00:00Z,20,300,1,17\n" // the week before: Mon 10:00
            + "retail,VOICE,2026-12-02T15:00:00Z,21,310,0,18\n" // Wed 10:00
            + "retail,VOICE,2026-12-02T15:30:00Z,22,320,2,16\n" // Wed 10:30
            + "retail,VOICE,2026-12-03T15:00:00Z,23,330,1,19\n"; // Thu 10:00

    final DemoWeeks weeks = new DemoWeeks(
            Map.of("retail", NEW_YORK), Map.of("retail", new DemoCalendar(LocalDate.parse("2027-03-15"))));

    @Test
    void everyIntervalMovesKeepingItsLocalTimeAndItsFields() {
        assertThat(weeks.movedCsv(SAMPLE))
                .isEqualTo(HEADER
                        + "retail,VOICE,2027-03-08T15:00:00Z,20,300,1,17\n"
                        + "retail,VOICE,2027-03-17T14:00:00Z,21,310,0,18\n"
                        + "retail,VOICE,2027-03-17T14:30:00Z,22,320,2,16\n"
                        + "retail,VOICE,2027-03-18T14:00:00Z,23,330,1,19\n");
    }

    @Test
    void onlyIntervalsBegunByNowAreKeptAsWhatHappened() {
        // Wednesday 10:10 in New York: the 10:00 interval has begun, the 10:30 one has not.
        Instant now = Instant.parse("2027-03-17T14:10:00Z");

        assertThat(weeks.movedCsvBegunBy(SAMPLE, now))
                .isEqualTo(HEADER
                        + "retail,VOICE,2027-03-08T15:00:00Z,20,300,1,17\n"
                        + "retail,VOICE,2027-03-17T14:00:00Z,21,310,0,18\n");
        assertThat(weeks.movedCsvBegunBy(SAMPLE, Instant.parse("2027-03-17T14:00:00Z")))
                .as("an interval starting right now has begun")
                .endsWith("2027-03-17T14:00:00Z,21,310,0,18\n");
        assertThat(weeks.movedCsvBegunBy(SAMPLE, Instant.parse("2027-03-08T14:59:59Z")))
                .as("before the history: nothing has happened")
                .isEqualTo(HEADER);
    }

    @Test
    void aDateMovesByWholeWeeksToTheSameWeekday() {
        LocalDate moved = weeks.moved("retail", LocalDate.parse("2026-11-04"));

        assertThat(moved).isEqualTo("2027-02-17");
        assertThat(moved.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    }
}

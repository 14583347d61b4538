package org.openwfm.selfservice.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a request's hours are counted against the allowance: per local day, capped, nothing on days never worked. */
class TimeOffHoursTest {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void aWeekOffCountsFiveWorkingDaysOfTheLongestWorkingDay() {
        // Monday 2027-09-06 00:00 to the next Monday 00:00 in Phoenix (UTC-7).
        Map<Integer, Long> counted = TimeOffHours.minutesByYear(
                Instant.parse("2027-09-06T07:00:00Z"), Instant.parse("2027-09-13T07:00:00Z"), PHOENIX, 480, WEEKDAYS);

        assertThat(counted).containsExactly(Map.entry(2027, 5 * 480L));
    }

    @Test
    void anAfternoonCountsItsOwnHours() {
        // 13:00 to 16:30 Phoenix time on a Wednesday.
        Map<Integer, Long> counted = TimeOffHours.minutesByYear(
                Instant.parse("2027-09-08T20:00:00Z"), Instant.parse("2027-09-08T23:30:00Z"), PHOENIX, 480, WEEKDAYS);

        assertThat(counted).containsExactly(Map.entry(2027, 210L));
    }

    @Test
    void aDayIsCappedAtTheContractsLongestDayAndSplitsAtLocalMidnight() {
        // Friday 18:00 to Saturday 18:00 in Phoenix: 6 h on Friday; Saturday is no working day.
        assertThat(TimeOffHours.minutesByYear(
                        Instant.parse("2027-09-11T01:00:00Z"),
                        Instant.parse("2027-09-12T01:00:00Z"),
                        PHOENIX,
                        480,
                        WEEKDAYS))
                .containsExactly(Map.entry(2027, 360L));
        // The same day for an agent with 6-hour days: a whole Wednesday counts 6 h.
        assertThat(TimeOffHours.minutesByYear(
                        Instant.parse("2027-09-08T07:00:00Z"),
                        Instant.parse("2027-09-09T07:00:00Z"),
                        PHOENIX,
                        360,
                        WEEKDAYS))
                .containsExactly(Map.entry(2027, 360L));
    }

    @Test
    void withoutWeeklyAvailabilityEveryDayCounts() {
        // Saturday and Sunday, for an agent available any day.
        Map<Integer, Long> counted = TimeOffHours.minutesByYear(
                Instant.parse("2027-09-11T07:00:00Z"), Instant.parse("2027-09-13T07:00:00Z"), PHOENIX, 480, Set.of());

        assertThat(counted).containsExactly(Map.entry(2027, 960L));
    }

    @Test
    void aRequestOverNewYearCountsInBothYears() {
        // Thursday 2027-12-30 to Tuesday 2028-01-04 (00:00 Phoenix): Thu, Fri in 2027; Mon 2028-01-03 in 2028.
        Map<Integer, Long> counted = TimeOffHours.minutesByYear(
                Instant.parse("2027-12-30T07:00:00Z"), Instant.parse("2028-01-04T07:00:00Z"), PHOENIX, 480, WEEKDAYS);

        assertThat(counted).containsExactly(Map.entry(2027, 960L), Map.entry(2028, 480L));
    }
}

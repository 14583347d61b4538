package org.openwfm.forecast.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.forecast.actuals.ActualInterval;

/** The local-clock grid across New York's clock changes and in a zone a quarter-hour off the grain. */
class LocalClockTest {

    private static final LocalClock NEW_YORK = new LocalClock(ZoneId.of("America/New_York"), 30);

    @Test
    void theSkippedSpringHourHasNoIntervalAndTheNextSlotIsThreeOClock() {
        LocalDate spring = LocalDate.parse("2031-03-09");
        assertThat(NEW_YORK.startsOf(spring, 4)).isEmpty(); // 02:00 does not happen
        assertThat(NEW_YORK.startsOf(spring, 6)).containsExactly(Instant.parse("2031-03-09T07:00:00Z")); // 03:00 EDT
        assertThat(NEW_YORK.slotOf(Instant.parse("2031-03-09T07:00:00Z"))).isEqualTo(6);
    }

    @Test
    void theRepeatedAutumnHourIsTwoIntervalsOfOneSlotWhoseMeanTheGridHolds() {
        LocalDate autumn = LocalDate.parse("2031-11-02");
        Instant edt = Instant.parse("2031-11-02T05:00:00Z"); // 01:00 EDT
        Instant est = Instant.parse("2031-11-02T06:00:00Z"); // 01:00 EST
        assertThat(NEW_YORK.startsOf(autumn, 2)).containsExactly(edt, est);

        HistoryGrids grids = HistoryGrids.of(
                List.of(new ActualInterval(edt, 10, 200.0, null, null), new ActualInterval(est, 30, 400.0, null, null)),
                NEW_YORK,
                autumn,
                autumn.plusDays(1));

        assertThat(grids.contacts().at(0, 2)).isEqualTo(20);
        assertThat(grids.ahtSeconds().at(0, 2)).isEqualTo((10 * 200.0 + 30 * 400.0) / 40);
        assertThat(grids.contacts().at(0, 3)).isNaN();
    }

    @Test
    void inAZoneOffTheGrainASlotHoldsTheIntervalStartingWithinIt() {
        LocalClock kathmandu = new LocalClock(ZoneId.of("Asia/Kathmandu"), 30); // +05:45
        Instant midnightUtc = Instant.parse("2031-04-07T00:00:00Z"); // 05:45 local
        assertThat(kathmandu.slotOf(midnightUtc)).isEqualTo(11);
        assertThat(kathmandu.startsOf(LocalDate.parse("2031-04-07"), 11)).containsExactly(midnightUtc);
        // 23:30 local holds the interval starting 23:45, the last of the local day.
        assertThat(kathmandu.startsOf(LocalDate.parse("2031-04-07"), 47))
                .containsExactly(Instant.parse("2031-04-07T18:00:00Z"));
        assertThat(kathmandu.dateOf(Instant.parse("2031-04-07T18:00:00Z"))).isEqualTo(LocalDate.parse("2031-04-07"));
    }
}

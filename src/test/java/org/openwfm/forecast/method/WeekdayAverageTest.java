package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeekdayAverageTest {

    private final WeekdayAverage method = new WeekdayAverage();

    /**
     * Six weeks, one slot: Mondays (days 0, 7, ..., 35) are 10, 20, 30, 40, 50, 60; every other day 1000, so a
     * forecast that mixed weekdays would show it.
     */
    private final DayGrid sixWeeks = Grids.of(42, 1, (day, slot) -> day % 7 == 0 ? 10 * (day / 7 + 1) : 1000);

    @Test
    void weights_the_last_six_same_weekdays_six_to_one() {
        // (6*60 + 5*50 + 4*40 + 3*30 + 2*20 + 1*10) / 21 = 910 / 21 = 43.333
        assertThat(method.forecast(sixWeeks, 1).at(0, 0)).isCloseTo(910.0 / 21, within(1e-9));
        // Lead 7 is the next Monday again: the same six Mondays.
        assertThat(method.forecast(sixWeeks, 8).at(7, 0)).isCloseTo(910.0 / 21, within(1e-9));
        assertThat(method.forecast(sixWeeks, 2).at(1, 0)).isEqualTo(1000);
    }

    @Test
    void an_unknown_week_is_left_out_and_the_weights_renormalised_not_averaged_in_as_zero() {
        DayGrid lastMondayMissing = Grids.unknownAt(sixWeeks, 35, 0);

        // (5*50 + 4*40 + 3*30 + 2*20 + 1*10) / 15 = 550 / 15 = 36.667 (as a zero it would be 550 / 21 = 26.19)
        assertThat(method.forecast(lastMondayMissing, 1).at(0, 0)).isCloseTo(550.0 / 15, within(1e-9));
    }

    @Test
    void a_slot_closed_in_all_six_weeks_is_unknown() {
        DayGrid closedMondays = sixWeeks;
        for (int day = 0; day < 42; day += 7) {
            closedMondays = Grids.unknownAt(closedMondays, day, 0);
        }
        assertThat(method.forecast(closedMondays, 1).at(0, 0)).isNaN();
        // A seventh week back does not count: with 49 days, Monday day 0 is beyond the six weeks.
        DayGrid sevenWeeks = Grids.of(49, 1, (day, slot) -> day == 0 ? 70 : 1);
        for (int day = 7; day < 49; day += 7) {
            sevenWeeks = Grids.unknownAt(sevenWeeks, day, 0);
        }
        assertThat(method.forecast(sevenWeeks, 1).at(0, 0)).isNaN();
    }
}

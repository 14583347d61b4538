package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CombinedTest {

    /**
     * Holt-Winters with every smoothing parameter 0 never moves from its starting state, so it forecasts each week
     * position's mean over the first two weeks: a value worked out by hand.
     */
    private final Combined frozen = new Combined(new HoltWinters(new HoltWinters.Parameters(0, 0, 0, 0)));

    @Test
    void the_mean_of_the_two_grids_slot_by_slot() {
        DayGrid holtWinters = Grids.daily(10, 20, Double.NaN, Double.NaN);
        DayGrid weekdayAverage = Grids.daily(30, 25, 7, Double.NaN);

        DayGrid mean = Combined.mean(holtWinters, weekdayAverage);

        // (10 + 30) / 2 = 20; (20 + 25) / 2 = 22.5; the one known where the other is not; unknown when neither is.
        assertThat(mean.values()).containsExactly(20, 22.5, 7, Double.NaN);
        assertThat(Combined.mean(weekdayAverage, holtWinters).values()).containsExactly(20, 22.5, 7, Double.NaN);
        assertThat(mean.firstDay()).isEqualTo(Grids.MONDAY);
    }

    @Test
    void forecasts_the_mean_of_holt_winters_and_the_weekday_average_by_hand() {
        // Two weeks, one slot: Mondays 10 then 21, every other day 100. Holt-Winters (frozen): the Monday mean
        // (10 + 21) / 2 = 15.5. Weekday average: (6 * 21 + 5 * 10) / 11 = 176 / 11 = 16. The mean: 15.75.
        DayGrid history = Grids.of(14, 1, (day, slot) -> day == 0 ? 10 : day == 7 ? 21 : 100);

        DayGrid forecast = frozen.forecast(history, 7);

        assertThat(forecast.firstDay()).isEqualTo(Grids.MONDAY.plusDays(14));
        assertThat(forecast.at(0, 0)).isCloseTo(15.75, within(1e-9));
        for (int lead = 1; lead < 7; lead++) {
            assertThat(forecast.at(lead, 0)).isCloseTo(100, within(1e-9));
        }
    }

    @Test
    void where_one_side_is_unknown_the_other_stands_alone_and_where_both_are_the_slot_stays_unknown() {
        // Eight weeks, two slots. Slot 0 is 100 every day. Slot 1 was open once only, on the Monday of week 1 (day
        // 7), with 40. Holt-Winters looks back eight weeks and still sees it: 40. The weekday average looks back six
        // (days 49 to 14) and sees nothing: unknown, not 0, so the mean is Holt-Winters' 40 and not 20. On Tuesday
        // neither ever saw slot 1 open: no forecast.
        DayGrid history = Grids.of(56, 2, (day, slot) -> slot == 0 ? 100 : 40);
        for (int day = 0; day < 56; day++) {
            if (day != 7) {
                history = Grids.unknownAt(history, day, 1);
            }
        }

        DayGrid forecast = frozen.forecast(history, 2);

        assertThat(new WeekdayAverage().forecast(history, 1).at(0, 1)).isNaN();
        assertThat(forecast.at(0, 1)).isCloseTo(40, within(1e-9));
        assertThat(forecast.at(0, 0)).isCloseTo(100, within(1e-9));
        assertThat(forecast.at(1, 1)).isNaN();
    }

    @Test
    void needs_what_holt_winters_needs_and_refuses_less_in_its_own_name() {
        assertThat(new Combined().minimumHistoryDays()).isEqualTo(14);
        assertThatThrownBy(() -> new Combined().forecast(Grids.of(13, 1, (day, slot) -> 10), 7))
                .isInstanceOfSatisfying(
                        ThinHistoryException.class,
                        thin -> assertThat(thin.method()).isEqualTo(Combined.NAME));
    }
}

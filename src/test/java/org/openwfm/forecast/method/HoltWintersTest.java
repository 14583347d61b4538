package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoltWintersTest {

    /** Days 0-13 at 10 (a flat start: level 10, both seasonals 0), then day 14, a Monday, at 20. One slot a day. */
    private final DayGrid jump = Grids.of(15, 1, (day, slot) -> day < 14 ? 10 : 20);

    @Test
    void the_level_moves_by_alpha_times_the_one_step_error() {
        DayGrid forecast = new HoltWinters(new HoltWinters.Parameters(0.5, 0, 0, 0)).forecast(jump, 7);

        // Error at day 14: 20 - (10 + 0 + 0) = 10; level 10 + 0.5 * 10 = 15; seasonals stay 0.
        for (int lead = 0; lead < 7; lead++) {
            assertThat(forecast.at(lead, 0)).isCloseTo(15, within(1e-9));
        }
    }

    @Test
    void both_seasonals_learn_what_the_level_left() {
        DayGrid forecast = new HoltWinters(new HoltWinters.Parameters(0.5, 0.5, 0.5, 0)).forecast(jump, 7);

        // Level 15 as above. Day seasonal (period 1): 0.5 * (20 - 15 - 0) + 0.5 * 0 = 2.5.
        // Week seasonal at Monday: 0.5 * (20 - 15 - 0) + 0.5 * 0 = 2.5, the other weekdays stay 0.
        // Tuesday (lead 0): 15 + 2.5 + 0 = 17.5; next Monday (lead 6): 15 + 2.5 + 2.5 = 20.
        assertThat(forecast.at(0, 0)).isCloseTo(17.5, within(1e-9));
        assertThat(forecast.at(6, 0)).isCloseTo(20, within(1e-9));
    }

    @Test
    void the_autoregressive_correction_fades_by_phi_per_step() {
        DayGrid forecast = new HoltWinters(new HoltWinters.Parameters(0.5, 0, 0, 0.5)).forecast(jump, 3);

        // Base error at day 14 is 10: one step on 15 + 0.5 * 10 = 20, two steps 15 + 0.25 * 10 = 17.5.
        assertThat(forecast.at(0, 0)).isCloseTo(20, within(1e-9));
        assertThat(forecast.at(1, 0)).isCloseTo(17.5, within(1e-9));
    }

    @Test
    void unknown_observations_leave_the_state_alone_instead_of_counting_as_zero() {
        // Two slots: slot 0 at 10 every day, slot 1 closed (night). Day 16 missing entirely.
        DayGrid history = Grids.unknownDay(Grids.of(21, 2, (day, slot) -> 10), 16);
        for (int day = 0; day < 21; day++) {
            history = Grids.unknownAt(history, day, 1);
        }
        DayGrid forecast = new HoltWinters(new HoltWinters.Parameters(0.5, 0.5, 0.5, 0.5)).forecast(history, 7);

        // As zeros, the night and the missing day would drag the level (alpha 0.5) far below 10.
        for (int lead = 0; lead < 7; lead++) {
            assertThat(forecast.at(lead, 0)).isCloseTo(10, within(1e-9));
            assertThat(forecast.at(lead, 1)).isNaN();
        }
    }

    @Test
    void forecasts_below_zero_are_clamped() {
        // Mondays 0, other days 20 for two weeks: level 120/7 = 17.14, Monday's seasonal -17.14. Then a week at 10
        // on the other days: with alpha 1 the level drops to 7.14 on the first of them and stays (no more error).
        DayGrid history = Grids.of(21, 1, (day, slot) -> day % 7 == 0 ? 0 : day < 14 ? 20 : 10);
        DayGrid forecast = new HoltWinters(new HoltWinters.Parameters(1, 0, 0, 0)).forecast(history, 2);

        // Monday: 7.14 - 17.14 = -10 -> 0. Tuesday: 7.14 + 2.86 = 10.
        assertThat(forecast.at(0, 0)).isEqualTo(0);
        assertThat(forecast.at(1, 0)).isCloseTo(10, within(1e-9));
    }

    @Test
    void fitted_parameters_follow_a_lasting_level_shift() {
        // Two weeks at 10, then four at 30, with a small weekly pattern so the seasonals have something to hold. The
        // starting state (from the first two weeks) says 10 + weekday: unfitted, the forecast would stay near 10.
        DayGrid shift = Grids.of(42, 1, (day, slot) -> (day < 14 ? 10 : 30) + day % 7);
        HoltWinters.Parameters fitted = new HoltWinters().fit(shift);
        DayGrid forecast = new HoltWinters().forecast(shift, 7);

        for (int lead = 0; lead < 7; lead++) {
            // Within 1.5: with one slot a day the autoregressive correction still carries the last days' error.
            assertThat(forecast.at(lead, 0)).isCloseTo(30 + lead, within(1.5));
        }
        assertThat(new HoltWinters().fit(shift)).isEqualTo(fitted);
    }

    @Test
    void needs_two_weeks() {
        assertThatThrownBy(() -> new HoltWinters().forecast(jump.firstDays(13), 1))
                .isInstanceOfSatisfying(ThinHistoryException.class, thin -> {
                    assertThat(thin.neededDays()).isEqualTo(14);
                    assertThat(thin.haveDays()).isEqualTo(13);
                });
    }
}

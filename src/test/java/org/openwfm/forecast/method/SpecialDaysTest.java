package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecialDaysTest {

    @Test
    void masked_days_become_unknown_and_others_stay() {
        DayGrid history = Grids.of(3, 2, (day, slot) -> 10 * day + slot + 1);

        DayGrid masked = SpecialDays.mask(history, Set.of(Grids.MONDAY.plusDays(1), Grids.MONDAY.plusDays(30)));

        assertThat(masked.at(1, 0)).isNaN();
        assertThat(masked.at(1, 1)).isNaN();
        assertThat(masked.at(0, 1)).isEqualTo(2);
        assertThat(masked.at(2, 0)).isEqualTo(21);
        assertThat(history.at(1, 0)).isEqualTo(11); // the original is untouched
    }

    @Test
    void a_masked_outlier_does_not_teach_the_weekday_average() {
        // Six weeks of Mondays at 100 except an outage Monday (day 35) at 0: masked, the forecast stays 100.
        DayGrid history = Grids.of(42, 1, (day, slot) -> day == 35 ? 0 : 100);

        assertThat(new WeekdayAverage().forecast(history, 1).at(0, 0)).isLessThan(100);
        assertThat(new WeekdayAverage()
                        .forecast(SpecialDays.mask(history, Set.of(Grids.MONDAY.plusDays(35))), 1)
                        .at(0, 0))
                .isEqualTo(100);
    }

    @Test
    void a_given_uplift_multiplies_that_day_only() {
        DayGrid forecast = Grids.of(2, 2, (day, slot) -> 10 + slot);

        DayGrid lifted = EventUplift.apply(forecast, Grids.MONDAY.plusDays(1), 1.5);

        assertThat(lifted.at(1, 0)).isEqualTo(15);
        assertThat(lifted.at(1, 1)).isEqualTo(16.5);
        assertThat(lifted.at(0, 0)).isEqualTo(10);
    }

    @Test
    void the_learned_uplift_is_the_mean_of_actual_over_baseline_with_earlier_event_days_masked() {
        // Eight weeks at 100 a day; the event on Monday day 21 had 150, on Monday day 35 had 200.
        // Day 21: the weekday average of Mondays 14, 7, 0 is 100 -> 1.5.
        // Day 35: Mondays 28, (21 masked), 14, 7, 0 -> 100 -> 2.0. Mean 1.75.
        // Without masking day 21, day 35's baseline would be (6*100 + 5*150 + 4*100 + 3*100 + 2*100) / 20 = 112.5.
        DayGrid history = Grids.of(56, 1, (day, slot) -> day == 21 ? 150 : day == 35 ? 200 : 100);

        double uplift = EventUplift.learn(history, List.of(Grids.MONDAY.plusDays(21), Grids.MONDAY.plusDays(35)))
                .orElseThrow();

        assertThat(uplift).isCloseTo(1.75, within(1e-12));
    }

    @Test
    void no_uplift_is_learned_without_a_week_of_history_before_the_event() {
        DayGrid history = Grids.of(14, 1, (day, slot) -> 100);

        assertThat(EventUplift.learn(history, List.of(Grids.MONDAY.plusDays(3), Grids.MONDAY.plusDays(90))))
                .isEmpty();
    }
}

package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeasonalNaiveTest {

    private final SeasonalNaive method = new SeasonalNaive();

    /** Two weeks, two slots, value = 10 * day + slot: day 7 slot 1 is 71. */
    private final DayGrid twoWeeks = Grids.of(14, 2, (day, slot) -> 10 * day + slot);

    @Test
    void the_first_week_is_the_last_observed_week() {
        DayGrid forecast = method.forecast(twoWeeks, 7);

        // Day 14 (lead 0) is a Monday: last Monday is day 7 -> 70, 71. Day 20 (lead 6): day 13 -> 130, 131.
        assertThat(forecast.firstDay()).isEqualTo(Grids.MONDAY.plusDays(14));
        assertThat(forecast.at(0, 0)).isEqualTo(70);
        assertThat(forecast.at(0, 1)).isEqualTo(71);
        assertThat(forecast.at(6, 1)).isEqualTo(131);
    }

    @Test
    void beyond_a_week_the_last_observed_week_repeats() {
        DayGrid forecast = method.forecast(twoWeeks, 9);

        // Day 21 (lead 7) is a Monday: the last Monday observed is still day 7 -> 70; day 22 -> day 8 -> 81.
        assertThat(forecast.at(7, 0)).isEqualTo(70);
        assertThat(forecast.at(8, 1)).isEqualTo(81);
    }

    @Test
    void an_unknown_slot_or_day_is_taken_from_a_week_further_back() {
        DayGrid missingSlot = Grids.unknownAt(twoWeeks, 7, 1);
        DayGrid missingDay = Grids.unknownDay(twoWeeks, 8);

        // Day 7 slot 1 unknown -> day 0 slot 1 = 1 (never 0 as if nothing came, never NaN while a week knows it).
        assertThat(method.forecast(missingSlot, 1).at(0, 1)).isEqualTo(1);
        assertThat(method.forecast(missingSlot, 1).at(0, 0)).isEqualTo(70);
        // Day 8 (a Tuesday) missing -> Tuesday day 1: 10, 11.
        assertThat(method.forecast(missingDay, 2).at(1, 0)).isEqualTo(10);
        assertThat(method.forecast(missingDay, 2).at(1, 1)).isEqualTo(11);
    }

    @Test
    void a_slot_unknown_for_eight_weeks_stays_unknown() {
        // Nine weeks (63 days); the Monday forecast (day 63) looks back at days 56, 49, ..., 7 (eight weeks).
        DayGrid onlyNineWeeksBack = Grids.of(63, 1, (day, slot) -> day == 0 ? 5 : -1);
        double[] values = onlyNineWeeksBack.values();
        for (int day = 1; day < 63; day++) {
            values[day] = Double.NaN;
        }
        values[62] = 9; // a Sunday, so the history spans 63 days; Mondays 7..56 stay unknown
        DayGrid history = new DayGrid(Grids.MONDAY, 1, values);
        assertThat(method.forecast(history, 1).at(0, 0)).isNaN();

        values[7] = 6; // eight weeks back: still within reach
        assertThat(method.forecast(new DayGrid(Grids.MONDAY, 1, values), 1).at(0, 0))
                .isEqualTo(6);
    }

    @Test
    void less_than_a_week_is_too_thin() {
        assertThatThrownBy(() -> method.forecast(twoWeeks.firstDays(6), 1))
                .isInstanceOfSatisfying(ThinHistoryException.class, thin -> {
                    assertThat(thin.neededDays()).isEqualTo(7);
                    assertThat(thin.haveDays()).isEqualTo(6);
                });
    }
}

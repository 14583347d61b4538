package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AutoTest {

    private final List<ForecastMethod> naiveAndAverage = List.of(new SeasonalNaive(), new WeekdayAverage());

    @Test
    void a_steady_weekly_growth_is_left_to_the_seasonal_naive() {
        // 100 + 10 per week, eight weeks. Last week's value is 10 short per week of lead; the weekday average lags
        // by its weights' centre of mass, (6*1 + 5*2 + 4*3 + 3*4 + 2*5 + 1*6) / 21 = 2.67 weeks, so 26.7 short.
        DayGrid growth = Grids.of(56, 1, (day, slot) -> 100 + 10 * (day / 7));

        Auto.Result result = new Auto(naiveAndAverage).run(growth, 14);

        assertThat(result.methodByLeadDay().values()).containsOnly(SeasonalNaive.NAME);
        assertThat(result.forecast().at(0, 0)).isEqualTo(170); // the last week (week 7) repeated
        for (int lead = 1; lead <= 14; lead++) {
            assertThat(result.backTest().of(SeasonalNaive.NAME).at(lead).wape())
                    .isLessThan(
                            result.backTest().of(WeekdayAverage.NAME).at(lead).wape());
        }
    }

    @Test
    void week_to_week_noise_is_left_to_the_weekday_average() {
        // 100 plus +10, -5, -5 in turn by week. Last week misses by 10 on average ((15 + 0 + 15) / 3); the weighted
        // six weeks by about 7.6 ((11.43 + 6.43 + 5) / 3), since the noise averages out.
        int[] noise = {10, -5, -5};
        DayGrid noisy = Grids.of(70, 2, (day, slot) -> 100 + noise[(day / 7) % 3]);

        Auto.Result result = new Auto(naiveAndAverage).run(noisy, 7);

        assertThat(result.methodByLeadDay().values()).containsOnly(WeekdayAverage.NAME);
        assertThat(result.forecast())
                .isEqualTo(new WeekdayAverage().forecast(noisy, 7).slice(0, 7));
    }

    @Test
    void reports_every_method_per_lead_day_and_overall_and_which_it_used() {
        DayGrid history = Grids.of(63, 2, (day, slot) -> 50 + 10 * slot + 3 * (day % 7) + (day * 7919) % 5);

        Auto.Result result = new Auto().run(history, 21);

        assertThat(result.backTest().methods())
                .extracting(MethodScore::method)
                .containsExactly(SeasonalNaive.NAME, WeekdayAverage.NAME, HoltWinters.NAME, Combined.NAME);
        assertThat(result.backTest().horizonDays()).isEqualTo(14);
        assertThat(result.backTest().origins()).isEqualTo(42);
        for (MethodScore score : result.backTest().methods()) {
            assertThat(score.leadDays()).extracting(LeadScore::leadDay).containsExactlyElementsOf(range(1, 14));
            assertThat(score.wape()).isNotNull();
            assertThat(score.mase()).isNotNull();
        }
        assertThat(result.methodByLeadDay()).containsOnlyKeys(range(1, 21));
        // Past the back-test's 14 days, the choice of its last lead day holds.
        for (int lead = 15; lead <= 21; lead++) {
            assertThat(result.methodByLeadDay().get(lead))
                    .isEqualTo(result.methodByLeadDay().get(14));
        }
        assertThat(result.forecast().days()).isEqualTo(21);
    }

    @Test
    void a_history_shorter_than_the_back_test_needs_is_refused_with_both_numbers() {
        DayGrid sixWeeksLessADay = Grids.of(41, 1, (day, slot) -> 10);

        assertThat(new Auto().minimumHistoryDays()).isEqualTo(42);
        assertThatThrownBy(() -> new Auto().run(sixWeeksLessADay, 7))
                .isInstanceOfSatisfying(ThinHistoryException.class, thin -> {
                    assertThat(thin.neededDays()).isEqualTo(42);
                    assertThat(thin.haveDays()).isEqualTo(41);
                    assertThat(thin).hasMessageContaining("42").hasMessageContaining("41");
                });
    }

    @Test
    void empty_leading_days_do_not_count_as_history() {
        DayGrid late = Grids.unknownDay(Grids.of(42, 1, (day, slot) -> 10), 0);

        assertThatThrownBy(() -> new Auto().run(late, 7))
                .isInstanceOfSatisfying(
                        ThinHistoryException.class,
                        thin -> assertThat(thin.haveDays()).isEqualTo(41));
    }

    @Test
    void a_constant_series_is_forecast_exactly_by_whatever_wins() {
        DayGrid flat = Grids.of(42, 1, (day, slot) -> 10);

        DayGrid forecast = new Auto().forecast(flat, 7);

        for (int lead = 0; lead < 7; lead++) {
            assertThat(forecast.at(lead, 0)).isCloseTo(10, within(1e-9));
        }
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}

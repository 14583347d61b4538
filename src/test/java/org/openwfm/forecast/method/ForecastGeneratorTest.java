package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForecastGeneratorTest {

    private final DayGrid contacts = Grids.of(42, 2, (day, slot) -> slot == 0 ? 20 + day % 7 : 0);
    private final DayGrid aht = Grids.of(42, 2, (day, slot) -> 240);

    /** 100 contacts a day in week 0, 10 more each week after: last week's value is always 10 short. */
    private static DayGrid growth(int days) {
        return Grids.of(days, 1, (day, slot) -> 100 + 10 * (day / 7));
    }

    @Test
    void a_named_method_makes_every_lead_day_and_reports_its_own_back_test() {
        Generated generated = ForecastGenerator.generate(contacts, aht, 3, WeekdayAverage.NAME);

        assertThat(generated.method()).isEqualTo(WeekdayAverage.NAME);
        assertThat(generated.methodByLeadDay()).containsOnlyKeys(1, 2, 3).containsValue(WeekdayAverage.NAME);
        assertThat(generated.contacts().at(0, 0)).isEqualTo(20);
        assertThat(generated.ahtSeconds().at(0, 0)).isEqualTo(240);
        // 42 days less the 7 weekday-average needs: 35 origins, days 7 to 41, each 3 days ahead. Every week is the
        // same, so the forecast is exact (WAPE 0) and so is last week's: no naive error to scale by, MASE undefined.
        BackTestReport backTest = generated.backTest();
        assertThat(generated.backTestSkipped()).isNull();
        assertThat(backTest.methods()).extracting(MethodScore::method).containsExactly(WeekdayAverage.NAME);
        assertThat(backTest.origins()).isEqualTo(35);
        assertThat(backTest.firstOrigin()).isEqualTo(Grids.MONDAY.plusDays(7));
        assertThat(backTest.lastOrigin()).isEqualTo(Grids.MONDAY.plusDays(41));
        assertThat(backTest.horizonDays()).isEqualTo(3);
        assertThat(backTest.naiveScale()).isEqualTo(0.0);
        assertThat(backTest.of(WeekdayAverage.NAME).wape()).isEqualTo(0.0);
        assertThat(backTest.of(WeekdayAverage.NAME).mase()).isNull();
    }

    @Test
    void a_named_methods_back_test_is_worked_by_hand() {
        // Five weeks: 28 origins (days 7 to 34), each one day ahead. Seasonal naive misses every day by 10; the
        // actuals of weeks 1 to 4 sum to 7 * (110 + 120 + 130 + 140) = 3500, so WAPE = 28 * 10 / 3500 = 0.08. The
        // naive scale is that same miss of 10, so MASE = 1.
        Generated generated = ForecastGenerator.generate(growth(35), growth(35), 1, SeasonalNaive.NAME);

        MethodScore naive = generated.backTest().of(SeasonalNaive.NAME);
        assertThat(generated.backTest().origins()).isEqualTo(28);
        assertThat(generated.backTest().naiveScale()).isEqualTo(10.0);
        assertThat(naive.at(1).points()).isEqualTo(28);
        assertThat(naive.at(1).wape()).isCloseTo(0.08, within(1e-12));
        assertThat(naive.at(1).mase()).isCloseTo(1.0, within(1e-12));
        assertThat(naive.wape()).isCloseTo(0.08, within(1e-12));
        assertThat(generated.contacts().at(0, 0)).isEqualTo(140);
    }

    @Test
    void history_enough_for_the_method_but_not_its_back_test_forecasts_and_says_how_much_a_back_test_needs() {
        // Holt-Winters needs 14 days, its back-test 14 + 28 = 42; seasonal naive 7 and 7 + 28 = 35.
        Generated holtWinters = ForecastGenerator.generate(growth(35), growth(35), 7, HoltWinters.NAME);

        assertThat(holtWinters.backTest()).isNull();
        assertThat(holtWinters.backTestSkipped())
                .isEqualTo("holt-winters is not back-tested: a back-test needs at least 42 days of history (the 14"
                        + " the method needs, then 28 days to forecast from one by one); the history has 35");
        assertThat(holtWinters.contacts().days()).isEqualTo(7);
        assertThat(holtWinters.methodByLeadDay()).hasSize(7);

        Generated naive = ForecastGenerator.generate(growth(34), growth(34), 1, SeasonalNaive.NAME);

        assertThat(naive.backTest()).isNull();
        assertThat(naive.backTestSkipped()).contains("needs at least 35 days").endsWith("the history has 34");
        assertThat(naive.contacts().at(0, 0)).isEqualTo(130); // day 34, a Sunday: day 27's 130
    }

    @Test
    void a_named_method_scores_as_it_scores_in_autos_back_test() {
        // The same rule picks the origins for both, and Holt-Winters is fitted once on the whole history in both.
        DayGrid history = Grids.of(63, 2, (day, slot) -> 50 + 10 * slot + 3 * (day % 7) + (day * 7919) % 5);
        BackTestReport auto =
                ForecastGenerator.generate(history, history, 21, null).backTest();

        for (String method : new String[] {HoltWinters.NAME, Combined.NAME, SeasonalNaive.NAME}) {
            BackTestReport named =
                    ForecastGenerator.generate(history, history, 21, method).backTest();
            assertThat(named.methods()).containsExactly(auto.of(method));
            assertThat(named.origins()).isEqualTo(42);
            assertThat(named.horizonDays()).isEqualTo(14);
        }
    }

    @Test
    void too_little_history_for_the_method_itself_is_refused_in_its_name() {
        assertThatThrownBy(() -> ForecastGenerator.generate(growth(13), growth(13), 7, Combined.NAME))
                .isInstanceOfSatisfying(ThinHistoryException.class, thin -> {
                    assertThat(thin.method()).isEqualTo(Combined.NAME);
                    assertThat(thin.neededDays()).isEqualTo(14);
                    assertThat(thin.haveDays()).isEqualTo(13);
                });
    }

    @Test
    void no_method_means_auto_with_its_back_test() {
        Generated generated = ForecastGenerator.generate(contacts, aht, 7, null);

        assertThat(generated.method()).isEqualTo(Auto.NAME);
        assertThat(generated.backTest()).isNotNull();
        assertThat(generated.backTestSkipped()).isNull();
        assertThat(generated.methodByLeadDay()).hasSize(7);
    }

    @Test
    void an_unknown_method_is_refused_with_the_known_names() {
        assertThatThrownBy(() -> ForecastGenerator.generate(contacts, aht, 7, "arima"))
                .isInstanceOf(ForecastMethods.UnknownMethodException.class)
                .hasMessageContaining("arima")
                .hasMessageContaining(HoltWinters.NAME);
    }
}

package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForecastGeneratorTest {

    private final DayGrid contacts = Grids.of(42, 2, (day, slot) -> slot == 0 ? 20 + day % 7 : 0);
    private final DayGrid aht = Grids.of(42, 2, (day, slot) -> 240);

    @Test
    void a_named_method_makes_every_lead_day_and_has_no_back_test() {
        Generated generated = ForecastGenerator.generate(contacts, aht, 3, WeekdayAverage.NAME);

        assertThat(generated.method()).isEqualTo(WeekdayAverage.NAME);
        assertThat(generated.methodByLeadDay()).containsOnlyKeys(1, 2, 3).containsValue(WeekdayAverage.NAME);
        assertThat(generated.backTest()).isNull();
        assertThat(generated.contacts().at(0, 0)).isEqualTo(20);
        assertThat(generated.ahtSeconds().at(0, 0)).isEqualTo(240);
    }

    @Test
    void no_method_means_auto_with_its_back_test() {
        Generated generated = ForecastGenerator.generate(contacts, aht, 7, null);

        assertThat(generated.method()).isEqualTo(Auto.NAME);
        assertThat(generated.backTest()).isNotNull();
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

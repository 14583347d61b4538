package org.openwfm.forecast.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackTestTest {

    @Test
    void scores_wape_and_mase_by_hand() {
        // Days 0-6: 10..70; day 7: 12; day 8: 24. Origins at days 7 and 8, one day ahead, seasonal naive:
        // day 7 forecast 10 (error 2), day 8 forecast 20 (error 4). WAPE = 6 / 36. The naive scale is the in-sample
        // one-week naive error over the history: |12 - 10| and |24 - 20|, mean 3; MASE = mean error 3 / 3 = 1.
        DayGrid history = Grids.daily(10, 20, 30, 40, 50, 60, 70, 12, 24);

        BackTestReport report = BackTest.run(List.of(new SeasonalNaive()), history, 2, 1);

        LeadScore lead1 = report.of(SeasonalNaive.NAME).at(1);
        assertThat(lead1.wape()).isCloseTo(6.0 / 36, within(1e-12));
        assertThat(lead1.mase()).isCloseTo(1.0, within(1e-12));
        assertThat(lead1.points()).isEqualTo(2);
        assertThat(report.naiveScale()).isCloseTo(3.0, within(1e-12));
        assertThat(report.firstOrigin()).isEqualTo(Grids.MONDAY.plusDays(7));
        assertThat(report.origins()).isEqualTo(2);
    }

    @Test
    void slots_without_actuals_are_not_scored() {
        // Day 8 unknown: only day 7 is scored, error 2 on 12.
        DayGrid history = Grids.unknownDay(Grids.daily(10, 20, 30, 40, 50, 60, 70, 12, 24), 8);

        LeadScore lead1 = BackTest.run(List.of(new SeasonalNaive()), history, 2, 1)
                .of(SeasonalNaive.NAME)
                .at(1);

        assertThat(lead1.points()).isEqualTo(1);
        assertThat(lead1.wape()).isCloseTo(2.0 / 12, within(1e-12));
    }
}

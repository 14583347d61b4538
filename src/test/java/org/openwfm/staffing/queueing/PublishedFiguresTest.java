package org.openwfm.staffing.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures published for Erlang B, C and A, re-derived independently; the math must reproduce them. */
class PublishedFiguresTest {

    static ServiceTargets voice(double target, double within, double maxOccupancy, double shrinkage) {
        return new ServiceTargets(ServiceTargets.Mode.QUEUE, target, within, maxOccupancy, shrinkage, 0, 1, null, null);
    }

    @Test
    void hundredCallsAtEightyTwentyNeedFourteenAgentsAndTwentyWithShrinkage() {
        Requirement r = StaffingCalculator.require(new IntervalLoad(100, 180, 30), voice(0.80, 20, 0.85, 0.30));

        assertThat(r.agents()).isEqualTo(14);
        assertThat(r.agentsWithShrinkage()).isEqualTo(20);
        assertThat(r.metrics().serviceLevel()).isCloseTo(0.88835, within(5e-6));
        assertThat(r.metrics().occupancy()).isCloseTo(0.714286, within(5e-7));
        assertThat(r.metrics().probabilityOfWait()).isCloseTo(0.174132, within(5e-7));
        assertThat(r.metrics().asaSeconds()).isCloseTo(7.8359, within(5e-5));
    }

    @Test
    void aNinetyPercentGoalNeedsFifteenAgentsAndTwentyTwoWithShrinkage() {
        Requirement r = StaffingCalculator.require(new IntervalLoad(100, 180, 30), voice(0.90, 20, 0.85, 0.30));

        assertThat(r.agents()).isEqualTo(15);
        assertThat(r.agentsWithShrinkage()).isEqualTo(22);
        assertThat(r.metrics().serviceLevel()).isCloseTo(0.941453, within(5e-7));
    }

    @ParameterizedTest(name = "A=10, N={0}")
    @CsvSource({
        "11, 0.6821182, 0.3896138, 122.78",
        "12, 0.4493882, 0.640158, 40.445",
        "13, 0.2852705, 0.7955948, 17.116"
    })
    void tenErlangsAtElevenTwelveAndThirteenAgents(int agents, double wait, double serviceLevel, double asa) {
        QueueMetrics m = new ErlangC(10, 180, 20).at(agents);

        assertThat(m.probabilityOfWait()).isCloseTo(wait, within(5e-8));
        assertThat(m.serviceLevel()).isCloseTo(serviceLevel, within(5e-7));
        assertThat(m.asaSeconds()).isCloseTo(asa, within(5e-3));
    }

    @Test
    void hundredEightyLongCallsAtNinetyTenNeedFiftyFiveAndFortyEightGiveUnderHalf() {
        IntervalLoad load = new IntervalLoad(180, 450, 30);
        ServiceTargets rules = voice(0.90, 10, 1, 0);

        assertThat(StaffingCalculator.require(load, rules).agents()).isEqualTo(55);
        assertThat(StaffingCalculator.evaluate(load, rules, 48).serviceLevel()).isCloseTo(0.47538605, within(1e-6));
    }

    @Test
    void erlangBMatchesSmallAndMediumSystems() {
        assertThat(ErlangB.blocking(1, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(ErlangB.blocking(2, 1)).isCloseTo(0.2, within(1e-12));
        assertThat(ErlangB.blocking(17, 10)).isCloseTo(0.012949, within(5e-7));
    }

    @Test
    void erlangAWithFiveMinutePatienceAtFourteenAgents() {
        QueueMetrics m = new ErlangA(10, 180, 300, 20).at(14);

        assertThat(m.probabilityOfWait()).isCloseTo(0.14526, within(5e-6));
        assertThat(m.probabilityOfAbandon()).isCloseTo(0.013984, within(5e-7));
        assertThat(m.asaSeconds()).isCloseTo(4.195, within(5e-4));
        assertThat(m.serviceLevel()).isCloseTo(0.916792, within(5e-7));
    }

    @Test
    void aThousandErlangsStayExactInDoubles() {
        Requirement r = StaffingCalculator.require(new IntervalLoad(10_000, 180, 30), voice(0.80, 20, 1, 0));

        assertThat(r.metrics().trafficErlangs()).isEqualTo(1000.0);
        assertThat(r.agents()).isEqualTo(1011);
        assertThat(ErlangB.blocking(2000, 1000)).isBetween(0.0, 1e-100);
    }
}

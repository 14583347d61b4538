package org.openwfm.staffing.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that must hold for any load, checked on 200 seeded random intervals. */
class StaffingInvariantsTest {

    static Stream<Arguments> randomIntervals() {
        Random random = new Random(20261123);
        return IntStream.range(0, 200).mapToObj(i -> {
            double contacts = Math.floor(random.nextDouble() * 600);
            double aht = 30 + random.nextDouble() * 900;
            double target = 0.5 + random.nextDouble() * 0.45;
            double within = 5 + random.nextInt(60);
            Double patience = random.nextBoolean() ? 30 + random.nextDouble() * 600 : null;
            double occupancy = 0.7 + random.nextDouble() * 0.3;
            double shrinkage = random.nextInt(50) / 100.0;
            return Arguments.of(
                    new IntervalLoad(contacts, aht, 30),
                    new ServiceTargets(
                            ServiceTargets.Mode.QUEUE, target, within, occupancy, shrinkage, 0, 1, patience, null));
        });
    }

    @ParameterizedTest
    @MethodSource("randomIntervals")
    void requiredAgentsAreTheFewestThatMeetTheGoal(IntervalLoad load, ServiceTargets rules) {
        Requirement r = StaffingCalculator.require(load, rules);
        QueueModel model = StaffingCalculator.model(load, rules);

        assertThat(model.at(r.agentsForGoal()).serviceLevel())
                .isGreaterThanOrEqualTo(rules.serviceLevelTarget() - 1e-9);
        if (r.agentsForGoal() > 0) {
            assertThat(model.at(r.agentsForGoal() - 1).serviceLevel()).isLessThan(rules.serviceLevelTarget());
        }
    }

    /** A quiet interval (a zero forecast, a holiday) needs nobody whatever the model; the channel's minimum still holds. */
    @Test
    void noContactsNeedNoAgentsButTheChannelsMinimum() {
        IntervalLoad quiet = new IntervalLoad(0, 300, 30);
        for (Double patience : new Double[] {null, 120.0}) {
            ServiceTargets rules =
                    new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.8, 20, 0.85, 0.3, 0, 1, patience, null);
            Requirement none = StaffingCalculator.require(quiet, rules);
            assertThat(none.agentsForGoal()).as("patience %s", patience).isZero();
            assertThat(none.agentsWithShrinkage()).as("patience %s", patience).isZero();
            assertThat(none.metrics().serviceLevel()).isEqualTo(1.0);

            ServiceTargets keepTwo =
                    new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.8, 20, 0.85, 0.3, 2, 1, patience, null);
            Requirement minimum = StaffingCalculator.require(quiet, keepTwo);
            assertThat(minimum.agents()).as("patience %s", patience).isEqualTo(2);
            assertThat(minimum.agentsWithShrinkage()).as("2 / 0.7, up").isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("randomIntervals")
    void moreAgentsNeverServeWorseOrWaitLonger(IntervalLoad load, ServiceTargets rules) {
        QueueModel model = StaffingCalculator.model(load, rules);
        QueueMetrics previous = model.at(0);
        for (int n = 1; n <= 2 * model.trafficErlangs() + 20; n++) {
            QueueMetrics current = model.at(n);
            assertThat(current.serviceLevel()).isGreaterThanOrEqualTo(previous.serviceLevel() - 1e-12);
            assertThat(current.probabilityOfWait()).isLessThanOrEqualTo(previous.probabilityOfWait() + 1e-12);
            assertThat(current.probabilityOfAbandon()).isLessThanOrEqualTo(previous.probabilityOfAbandon() + 1e-12);
            previous = current;
        }
    }

    @ParameterizedTest
    @MethodSource("randomIntervals")
    void occupancyNeverExceedsItsCap(IntervalLoad load, ServiceTargets rules) {
        Requirement r = StaffingCalculator.require(load, rules);

        assertThat(r.agents())
                .isGreaterThanOrEqualTo((int) Math.ceil(load.trafficErlangs() / rules.maxOccupancy() - 1e-9));
        assertThat(r.metrics().occupancy()).isLessThanOrEqualTo(rules.maxOccupancy() + 1e-9);
    }

    @ParameterizedTest
    @MethodSource("randomIntervals")
    void shrinkageGivesTheSmallestHeadcountWhoseProductiveShareCoversTheNeed(IntervalLoad load, ServiceTargets rules) {
        Requirement r = StaffingCalculator.require(load, rules);
        int percent = (int) Math.round(rules.shrinkage() * 100);

        // Exact in integers: M·(100 − p) ≥ 100·N for M, not for M − 1.
        assertThat((long) r.agentsWithShrinkage() * (100 - percent)).isGreaterThanOrEqualTo(100L * r.agents());
        assertThat((long) (r.agentsWithShrinkage() - 1) * (100 - percent)).isLessThan(100L * r.agents());
    }

    @ParameterizedTest
    @MethodSource("randomIntervals")
    void erlangAApproachesErlangCAsPatienceGrows(IntervalLoad load, ServiceTargets rules) {
        double traffic = load.trafficErlangs();
        int agents = (int) Math.ceil(traffic) + 2;
        QueueMetrics c = new ErlangC(traffic, load.ahtSeconds(), rules.answerWithinSeconds()).at(agents);
        QueueMetrics a = new ErlangA(traffic, load.ahtSeconds(), 1e9, rules.answerWithinSeconds()).at(agents);

        assertThat(a.probabilityOfWait()).isCloseTo(c.probabilityOfWait(), within(1e-4));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
        assertThat(a.probabilityOfAbandon()).isLessThan(1e-4);
    }

    /**
     * With short patience most callers hang up, so the goal is met far below the traffic. The search used to walk
     * down there carrying Erlang B backwards, which is unstable below the traffic and ended at 0 agents.
     */
    @Test
    void heavyAbandonmentMeetsTheGoalFarBelowTheTraffic() {
        ServiceTargets rules = new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.5, 20, 1, 0, 0, 1, 30.0, null);
        IntervalLoad load = new IntervalLoad(10_000, 180, 30); // 1,000 Erlangs, 30 s patience

        Requirement r = StaffingCalculator.require(load, rules);
        QueueModel model = StaffingCalculator.model(load, rules);

        assertThat(r.agentsForGoal()).isEqualTo(574);
        assertThat(model.at(574).serviceLevel()).isGreaterThanOrEqualTo(0.5);
        assertThat(model.at(573).serviceLevel()).isLessThan(0.5);
        assertThat(r.agents()).isEqualTo(1000); // the occupancy floor still rules: no one works above 100 %
    }
}

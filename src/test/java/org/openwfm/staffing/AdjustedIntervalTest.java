package org.openwfm.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openwfm.staffing.queueing.ErlangC;
import org.openwfm.staffing.queueing.Requirement;

/** An interval whose requirement a planner set below the computed one still projects service level truly. */
class AdjustedIntervalTest {

    @Test
    void aSetBelowTheComputedRequirementLeavesTheServiceLevelCurveLongEnough() {
        ErlangC model = new ErlangC(20, 300, 20); // about 25 agents meet 80 % in 20 s
        Requirement computed = new Requirement(25, 25, 25, model.at(25));
        Requirement setToZero = new Requirement(25, 0, 0, model.at(0));
        Instant start = Instant.parse("2027-05-03T08:00:00Z");
        IntervalStaffing interval = new IntervalStaffing(
                start,
                start.plusSeconds(1800),
                true,
                240.0,
                150.0,
                model,
                setToZero,
                computed,
                new Adjustment(1, AdjustmentKind.SET, 0, start, start.plusSeconds(1800)),
                0);

        // 24 agents lie beyond a curve built for the adjusted requirement alone (0 agents: up to 20).
        assertThat(interval.serviceLevelWithScheduled(24))
                .isCloseTo(model.at(24).serviceLevel(), within(1e-9))
                .isGreaterThan(model.at(20).serviceLevel());
    }
}

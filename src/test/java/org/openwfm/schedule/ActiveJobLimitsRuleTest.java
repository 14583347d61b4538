package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openwfm.shared.error.LimitReachedException;

/** The service-wide limit, which a test through HTTP could not reach without filling the shared solver queue. */
class ActiveJobLimitsRuleTest {

    private final ActiveJobLimits limits = new ActiveJobLimits(3, 10);

    @Test
    void theTenthActiveJobInAllIsTheLastAccepted() {
        assertThatCode(() -> limits.check("planner", 2, 9)).doesNotThrowAnyException();

        assertThatThrownBy(() -> limits.check("planner", 2, 10))
                .isInstanceOfSatisfying(
                        LimitReachedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
                .hasMessage("The service has 10 schedule jobs queued or solving, the most it takes at once"
                        + " (openwfm.roster.max-active-jobs = 10); wait for one to finish");
    }

    @Test
    void aPlannersThirdActiveJobIsTheLastAccepted() {
        assertThatCode(() -> limits.check("planner", 2, 0)).doesNotThrowAnyException();

        assertThatThrownBy(() -> limits.check("planner", 3, 0))
                .isInstanceOfSatisfying(
                        LimitReachedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
                .hasMessage(
                        "planner has 3 schedule jobs queued or solving, the most one planner may have"
                                + " (openwfm.roster.max-active-jobs-per-user = 3); stop one (DELETE) or wait for one to finish");
    }

    @Test
    void thePlannersOwnLimitIsNamedFirst() {
        assertThatThrownBy(() -> limits.check("quota-planner", 3, 10))
                .hasMessageStartingWith("quota-planner has 3 schedule jobs queued or solving");
    }
}

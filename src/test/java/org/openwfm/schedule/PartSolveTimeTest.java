package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;

class PartSolveTimeTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    private final SchedulePart large = part(1, 600);
    private final SchedulePart middle = part(2, 300);
    private final SchedulePart small = part(3, 100);

    @Test
    void onOneSlotThePartsShareTheJobsTimeByAgentsAndEndWithIt() {
        int first = PartSolveTime.seconds(100, START, large, List.of(large, middle, small), 0, START);
        int second = PartSolveTime.seconds(100, START, middle, List.of(middle, small), 0, START.plusSeconds(first));
        int third = PartSolveTime.seconds(100, START, small, List.of(small), 0, START.plusSeconds(first + second));

        assertThat(List.of(first, second, third)).containsExactly(60, 30, 10);
    }

    @Test
    void aPartStartedBesideAnotherOfItsJobGetsTheShareOfTwoSlots() {
        int first = PartSolveTime.seconds(100, START, large, List.of(large, middle, small), 0, START);
        int beside = PartSolveTime.seconds(100, START, middle, List.of(middle, small), 1, START);
        // The large part still solving, the middle one done: the last part may use all the time left.
        int last = PartSolveTime.seconds(100, START, small, List.of(small), 1, START.plusSeconds(40));

        assertThat(List.of(first, beside, last)).containsExactly(60, 100, 60);
    }

    @Test
    void aSmallPartBesideALargeOneGetsTwiceItsOneSlotShare() {
        int alone = PartSolveTime.seconds(100, START, small, List.of(large, small), 0, START);
        int beside = PartSolveTime.seconds(100, START, small, List.of(large, small), 1, START);

        assertThat(List.of(alone, beside)).containsExactly(14, 28);
    }

    @Test
    void aPartStartingAfterItsJobsTimeStillGetsTheMinimum() {
        assertThat(PartSolveTime.seconds(100, START, small, List.of(small), 0, START.plusSeconds(130)))
                .isEqualTo(PartSolveTime.MINIMUM_SECONDS);
        assertThat(PartSolveTime.seconds(100, START, small, List.of(large, small), 0, START.plusSeconds(99)))
                .isEqualTo(PartSolveTime.MINIMUM_SECONDS);
    }

    private static SchedulePart part(int partNo, int agents) {
        return SchedulePart.queued(42, partNo, new ClientGroup(List.of("client-" + partNo), agents));
    }
}

package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatLedgerTest {

    @Test
    void aPublishedScheduleOpensWhatItLeavesShortAndNothingWhereItOverstaffs() {
        assertThat(SeatLedger.opened(SeatLedger.gap(10, 7))).isEqualTo(new SeatLedger(3, 0, 0, 3));
        assertThat(SeatLedger.opened(SeatLedger.gap(8, 7))).isEqualTo(new SeatLedger(1, 0, 0, 1));
        assertThat(SeatLedger.opened(SeatLedger.gap(7, 7))).isEqualTo(new SeatLedger(0, 0, 0, 0));
        assertThat(SeatLedger.opened(SeatLedger.gap(5, 7))).isEqualTo(new SeatLedger(0, 0, 0, 0));
    }

    @Test
    void risingDemandAddsSeatsAndFallingDemandWithdrawsOnlyUnclaimedOnes() {
        // 10 required, 7 planned: 3 open; two are claimed.
        SeatLedger claimedTwo = new SeatLedger(3, 0, 2, 1);

        SeatLedger rise = claimedTwo.withGap(SeatLedger.gap(12, 7));
        SeatLedger fall = claimedTwo.withGap(SeatLedger.gap(6, 7));

        assertThat(rise).isEqualTo(new SeatLedger(5, 0, 2, 3)); // 12 needed, 9 on: 3 open
        assertThat(fall).isEqualTo(new SeatLedger(2, 0, 2, 0)); // the two claims stay, nothing more is open
        // A gap of exactly the claims leaves nothing open; one more opens one seat.
        assertThat(claimedTwo.withGap(2)).isEqualTo(new SeatLedger(2, 0, 2, 0));
        assertThat(claimedTwo.withGap(3)).isEqualTo(new SeatLedger(3, 0, 2, 1));
    }

    @Test
    void releasedSeatsSurviveARevision() {
        SeatLedger plannerExtras = new SeatLedger(0, 3, 0, 3);
        assertThat(plannerExtras.withGap(SeatLedger.gap(11, 10))).isEqualTo(new SeatLedger(1, 3, 0, 4));
        assertThat(plannerExtras.withGap(SeatLedger.gap(9, 10))).isEqualTo(new SeatLedger(0, 3, 0, 3));
    }
}

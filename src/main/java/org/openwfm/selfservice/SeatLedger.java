package org.openwfm.selfservice;

/**
 * One interval's seats by where they came from. Every change keeps it balanced:
 * {@code open = uncovered + released - claimed}, none negative (the database checks it too).
 *
 * @param uncovered seats the requirement asks for beyond what the published schedule planned
 * @param released  seats planners and agents released
 * @param claimed   seats agents claimed
 */
record SeatLedger(int uncovered, int released, int claimed, int open) {

    /** Agents the requirement asks for beyond the planned ones: never below zero. */
    static int gap(int required, int planned) {
        return Math.max(0, required - planned);
    }

    /** The seats a newly published schedule leaves open. */
    static SeatLedger opened(int gap) {
        return new SeatLedger(gap, 0, 0, gap);
    }

    /**
     * After a forecast revision changes the gap: more uncovered seats when demand rises, unclaimed ones
     * withdrawn when it falls, but never fewer than claims already took beyond the released seats, so a
     * claimed shift is never taken away.
     */
    SeatLedger withGap(int gap) {
        int uncovered = Math.max(gap, claimed - released);
        return new SeatLedger(uncovered, released, claimed, uncovered + released - claimed);
    }
}

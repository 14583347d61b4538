package org.openwfm.staffing;

import java.time.Instant;

/** A planner's adjustment in force on a client channel's intervals [start, end). */
public record Adjustment(long id, AdjustmentKind kind, int agents, Instant start, Instant end) {

    /** Whether the interval [from, to) lies wholly inside the adjustment's range. */
    public boolean covers(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}

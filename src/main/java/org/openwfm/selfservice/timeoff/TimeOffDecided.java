package org.openwfm.selfservice.timeoff;

import java.time.Instant;

/**
 * A request was approved or denied, at once by the rules or by a planner: fired inside the deciding transaction, so
 * an observer (a notification) sees only decisions that are kept.
 *
 * @param status {@code APPROVED} or {@code DENIED}
 * @param decidedBy the planner's or admin's username, or {@code auto} when the rules approved it as asked
 */
public record TimeOffDecided(
        long requestId,
        String agentId,
        String status,
        Instant start,
        Instant end,
        String decisionReason,
        String decidedBy) {

    /** Decided by the rules as the agent asked, not by a planner: the agent read the answer already. */
    public boolean automatic() {
        return TimeOffService.AUTO.equals(decidedBy);
    }
}

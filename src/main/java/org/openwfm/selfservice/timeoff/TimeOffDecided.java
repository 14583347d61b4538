package org.openwfm.selfservice.timeoff;

import java.time.Instant;

/**
 * A request was approved or denied, at once by the rules or by a planner: fired inside the deciding transaction, so
 * an observer (a notification) sees only decisions that are kept.
 *
 * @param status {@code APPROVED} or {@code DENIED}
 */
public record TimeOffDecided(
        long requestId, String agentId, String status, Instant start, Instant end, String decisionReason) {}

package org.openwfm.selfservice.trade;

/** Where a shift trade stands; the name is the stored value and the JSON value. */
public enum TradeStatus {
    /** Offered, waiting for a colleague to accept it. */
    OPEN,
    /** Accepted on a channel whose trades a planner approves; every rule passed at the acceptance. */
    AWAITING_APPROVAL,
    /** The hours moved. */
    COMPLETED,
    /** A planner refused it. */
    DENIED,
    /** The offerer took it back before anyone accepted it. */
    WITHDRAWN,
    /**
     * Never stored: an open or awaiting trade read at or after its expiry, when the hours are inside the channel's
     * notice window and can no longer change hands.
     */
    EXPIRED;

    /** Whether the trade may still change hands, before its expiry. */
    boolean pending() {
        return this == OPEN || this == AWAITING_APPROVAL;
    }
}

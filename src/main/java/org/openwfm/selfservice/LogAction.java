package org.openwfm.selfservice;

/** What a self-service log entry records; the name is the stored column value and the JSON value. */
public enum LogAction {
    /** An agent takes an open seat. */
    CLAIM,
    /** An agent gives scheduled hours back. */
    RELEASE,
    /** A planner opens seats for claiming. */
    OPEN,
    /** Hours of a published shift given back because the agent's time off was approved (not a release: no notice). */
    TIME_OFF,
    /** An agent offers hours of its shift to a colleague (a shift trade). */
    TRADE_OFFER,
    /** Hours leave an agent's shift in a completed shift trade: the seats stay taken, by the colleague. */
    TRADE_GIVE,
    /** Hours join an agent's shifts in a completed shift trade. */
    TRADE_TAKE
}

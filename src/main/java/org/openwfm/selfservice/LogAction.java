package org.openwfm.selfservice;

/** What a self-service log entry records; the name is the stored column value and the JSON value. */
public enum LogAction {
    /** An agent takes an open seat. */
    CLAIM,
    /** An agent gives scheduled hours back. */
    RELEASE,
    /** A planner opens seats for claiming. */
    OPEN
}

package org.openwfm.selfservice.timeoff;

/** Where a time-off request stands; the name is the stored value and the JSON value. */
public enum TimeOffStatus {
    /** Waiting for a planner: it did not fit the allowance or the coverage share. */
    PENDING,
    /** Approved at once or by a planner: the agent has the time off. */
    APPROVED,
    /** A planner said no, with a reason. */
    DENIED,
    /** The agent withdrew it (pending, or approved and not yet begun). */
    CANCELLED
}

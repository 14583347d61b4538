package org.openwfm.staffing;

/** How a planner's adjustment turns the computed productive agents of an interval into the ones to plan for. */
public enum AdjustmentKind {
    /** The interval needs exactly {@code agents} productive agents, whatever the queue model says. */
    SET,
    /** The computed productive agents plus {@code agents} (which may be negative), never below zero. */
    CHANGE;

    public int productiveAgents(int computed, int agents) {
        return this == SET ? agents : Math.max(0, computed + agents);
    }
}

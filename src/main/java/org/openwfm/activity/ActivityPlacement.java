package org.openwfm.activity;

/** Where a session may go: inside a shift the agent works anyway, or also at a shift's edge, lengthening it. */
public enum ActivityPlacement {
    IN_SHIFT,
    MAY_EXTEND_SHIFT
}

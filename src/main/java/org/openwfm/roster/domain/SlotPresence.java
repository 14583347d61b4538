package org.openwfm.roster.domain;

/** The minutes an agent on a shift is present (not on a break) in one coverage slot. */
public record SlotPresence(CoverageSlot slot, int minutes) {}

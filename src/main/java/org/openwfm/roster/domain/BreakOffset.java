package org.openwfm.roster.domain;

/**
 * Where a break lies inside its shift: [startMinute, endMinute) counted from the shift's start. The solver's
 * shift options know breaks this way; a placed break of a scheduled shift is a TimeSpan.
 */
public record BreakOffset(int startMinute, int endMinute) {

    /** Minutes of this break inside [fromMinute, toMinute) of the shift. */
    int minutesWithin(int fromMinute, int toMinute) {
        return Math.max(0, Math.min(toMinute, endMinute) - Math.max(fromMinute, startMinute));
    }
}

package org.openwfm.roster.domain;

/** Planning intervals [start, end) counted from the start of the horizon. */
public record IndexRange(int start, int end) {

    public int overlap(int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }

    public boolean contains(int otherStart, int otherEnd) {
        return start <= otherStart && otherEnd <= end;
    }
}

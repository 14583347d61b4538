package org.openwfm.roster.domain;

import java.util.List;

/**
 * A way to work one shift: a client channel, a first planning interval and a length. Options are
 * shared by every agent who may take them; each knows the coverage slots it fills.
 */
public final class ShiftOption {

    private final long id;
    private final ChannelKey channel;
    private final int start;
    private final int length;
    private final int grainMinutes;
    private final List<CoverageSlot> coveredSlots;
    private final int closedIntervals;
    private final int talkMinutes;

    public ShiftOption(long id, ChannelKey channel, int start, int length, int grainMinutes, List<CoverageSlot> coveredSlots) {
        this.id = id;
        this.channel = channel;
        this.start = start;
        this.length = length;
        this.grainMinutes = grainMinutes;
        this.coveredSlots = List.copyOf(coveredSlots);
        this.closedIntervals = (int) coveredSlots.stream().filter(slot -> !slot.open()).count() + (length - coveredSlots.size());
        this.talkMinutes = (int) Math.round(coveredSlots.stream().mapToDouble(CoverageSlot::talkMinutesPerAgent).sum());
    }

    public ChannelKey channel() {
        return channel;
    }

    public int start() {
        return start;
    }

    public int end() {
        return start + length;
    }

    public int length() {
        return length;
    }

    public int minutes() {
        return length * grainMinutes;
    }

    public int grainMinutes() {
        return grainMinutes;
    }

    public List<CoverageSlot> coveredSlots() {
        return coveredSlots;
    }

    /** Expected talk minutes of the shift when its intervals are staffed as required. */
    public int talkMinutes() {
        return talkMinutes;
    }

    /** Planning intervals of the shift when the channel is closed (or outside the horizon). */
    public int closedIntervals() {
        return closedIntervals;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftOption other && id == other.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return channel + " [" + start + ", " + end() + ")";
    }
}

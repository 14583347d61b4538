package org.openwfm.roster.domain;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.ChannelKey;

/**
 * A way to work one shift: a client channel, a first planning interval and a length. Options are
 * shared by every agent who may take them (whose breaks fall alike); each knows the coverage slots it fills and,
 * net of the breaks its agent is expected to take, the minutes its agent is present in each.
 */
public final class ShiftOption {

    private final long id;
    private final ChannelKey channel;
    private final int start;
    private final int length;
    private final int grainMinutes;
    private final List<CoverageSlot> coveredSlots;
    private final List<SlotPresence> presence;
    private final int[] presentMinutes;
    private final int closedIntervals;
    private final int talkMinutes;

    /** A shift without breaks: its agent is present in the whole of every slot it covers. */
    public ShiftOption(
            long id, ChannelKey channel, int start, int length, int grainMinutes, List<CoverageSlot> coveredSlots) {
        this(id, channel, start, length, grainMinutes, coveredSlots, List.of());
    }

    /**
     * @param breaks the shift's breaks; the agent is away from its slots then
     */
    public ShiftOption(
            long id,
            ChannelKey channel,
            int start,
            int length,
            int grainMinutes,
            List<CoverageSlot> coveredSlots,
            List<BreakOffset> breaks) {
        this.id = id;
        this.channel = channel;
        this.start = start;
        this.length = length;
        this.grainMinutes = grainMinutes;
        this.coveredSlots = List.copyOf(coveredSlots);
        this.closedIntervals =
                (int) coveredSlots.stream().filter(slot -> !slot.open()).count() + (length - coveredSlots.size());
        this.talkMinutes = (int) Math.round(coveredSlots.stream()
                .mapToDouble(CoverageSlot::talkMinutesPerAgent)
                .sum());
        this.presentMinutes = new int[this.coveredSlots.size()];
        List<SlotPresence> present = new ArrayList<>(presentMinutes.length);
        for (int i = 0; i < presentMinutes.length; i++) {
            CoverageSlot slot = this.coveredSlots.get(i);
            int from = (slot.index() - start) * grainMinutes;
            int to = from + grainMinutes;
            int minutes = grainMinutes;
            for (BreakOffset pause : breaks) {
                minutes -= pause.minutesWithin(from, to);
            }
            presentMinutes[i] = Math.max(0, minutes);
            present.add(new SlotPresence(slot, presentMinutes[i]));
        }
        this.presence = List.copyOf(present);
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

    /** Per covered slot, the minutes its agent is present there: the slot's length less the breaks in it. */
    public List<SlotPresence> presence() {
        return presence;
    }

    /** Minutes present in the {@code i}-th covered slot (as {@link #coveredSlots()} orders them). */
    public int presentMinutes(int i) {
        return presentMinutes[i];
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

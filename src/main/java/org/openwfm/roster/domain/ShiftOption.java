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
    private final List<BreakOffset> breaks;
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
        this.breaks = List.copyOf(breaks);
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

    /** The breaks the shift's agent takes, from the shift's start: at their nominal spots, or as published. */
    public List<BreakOffset> breaks() {
        return breaks;
    }

    /** Whether the shift runs through all of planning intervals [from, to). */
    public boolean covers(int from, int to) {
        return start <= from && to <= end();
    }

    /** Minutes of the shift's breaks that fall in planning intervals [from, to). */
    public int breakMinutesWithin(int from, int to) {
        int fromMinute = (from - start) * grainMinutes;
        int toMinute = (to - start) * grainMinutes;
        return breaks.stream()
                .mapToInt(pause -> pause.minutesWithin(fromMinute, toMinute))
                .sum();
    }

    /**
     * What the agent on this shift stops giving its slots while away in planning intervals [from, to), at an
     * activity: per covered slot in that span, its presence there as a negative amount.
     */
    public List<SlotPresence> absence(int from, int to) {
        List<SlotPresence> away = new ArrayList<>();
        for (int i = 0; i < coveredSlots.size(); i++) {
            int index = coveredSlots.get(i).index();
            if (from <= index && index < to && presentMinutes[i] > 0) {
                away.add(new SlotPresence(coveredSlots.get(i), -presentMinutes[i]));
            }
        }
        return away;
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

package org.openwfm.roster.domain;

import java.util.Objects;
import org.openwfm.client.ChannelKey;

/**
 * One planning interval of one client channel: the headcount it needs (after shrinkage) and what a
 * missing agent puts at stake, in contacts that agent would have handled (at least 1).
 */
public final class CoverageSlot {

    private final String id;
    private final ChannelKey channel;
    private final int index;
    private final boolean open;
    private final int required;
    private final int stakePerMissingAgent;
    private final int minutes;
    private final double talkMinutesPerAgent;

    public CoverageSlot(ChannelKey channel, int index, int minutes, boolean open, int required, double contacts) {
        this(channel, index, minutes, open, required, contacts, 0);
    }

    /** @param ahtSeconds average handle time, to estimate the talk time an agent on this slot gets */
    public CoverageSlot(
            ChannelKey channel,
            int index,
            int minutes,
            boolean open,
            int required,
            double contacts,
            double ahtSeconds) {
        this.id = channel + "@" + index;
        this.channel = channel;
        this.index = index;
        this.open = open;
        this.required = required;
        this.minutes = minutes;
        this.stakePerMissingAgent = required == 0 ? 1 : (int) Math.max(1, Math.round(contacts / required));
        this.talkMinutesPerAgent = Math.min(minutes, contacts * ahtSeconds / 60 / Math.max(1, required));
    }

    public ChannelKey channel() {
        return channel;
    }

    public int index() {
        return index;
    }

    public boolean open() {
        return open;
    }

    public int required() {
        return required;
    }

    /** Length of the interval, which prices an idle agent in it. */
    public int minutes() {
        return minutes;
    }

    /** Talk minutes an agent here can expect when the slot is staffed as required. */
    public double talkMinutesPerAgent() {
        return talkMinutesPerAgent;
    }

    public int stakePerMissingAgent() {
        return stakePerMissingAgent;
    }

    /** Agent-minutes the slot needs: its required agents for its whole length. */
    public int requiredMinutes() {
        return required * minutes;
    }

    /**
     * Contacts at stake when agents are present {@code presentMinutes} in all (summed over agents, net of breaks):
     * the missing agent-minutes as a share of the slot, times the stake per missing agent, rounded to the nearest
     * contact (halves up), as the stake itself is. Integer arithmetic, so the score stays exact; whole agents short
     * (no breaks) give exactly (required − scheduled) × stake.
     */
    public int shortStake(int presentMinutes) {
        long missing = requiredMinutes() - (long) presentMinutes;
        return missing <= 0 ? 0 : (int) ((2 * missing * stakePerMissingAgent + minutes) / (2L * minutes));
    }

    /** Paid minutes in the slot beyond the requirement while agents are present {@code presentMinutes} in all. */
    public int idleMinutes(int presentMinutes) {
        return Math.max(0, presentMinutes - requiredMinutes());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageSlot other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id + " needs " + required;
    }
}

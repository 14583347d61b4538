package org.openwfm.roster.solver;

import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.ShiftOption;

/**
 * A shift option by name rather than by position: retail voice, 30-minute intervals, covering no slots and without
 * breaks unless told.
 */
public final class ShiftOptionBuilder {

    private final long id;
    private ChannelKey channel = RETAIL_VOICE;
    private int start;
    private int length;
    private List<CoverageSlot> covered = List.of();
    private final List<BreakOffset> breaks = new ArrayList<>();

    private ShiftOptionBuilder(long id) {
        this.id = id;
    }

    public static ShiftOptionBuilder shiftOption(long id) {
        return new ShiftOptionBuilder(id);
    }

    public ShiftOptionBuilder on(ChannelKey channel) {
        this.channel = channel;
        return this;
    }

    /** Intervals [fromIndex, toIndex) of the horizon. */
    public ShiftOptionBuilder intervals(int fromIndex, int toIndex) {
        start = fromIndex;
        length = toIndex - fromIndex;
        return this;
    }

    public ShiftOptionBuilder covering(List<CoverageSlot> slots) {
        covered = slots;
        return this;
    }

    /** A break from {@code startMinute} to {@code endMinute} after the shift's start. */
    public ShiftOptionBuilder withBreak(int startMinute, int endMinute) {
        breaks.add(new BreakOffset(startMinute, endMinute));
        return this;
    }

    public ShiftOption build() {
        return new ShiftOption(id, channel, start, length, GRAIN, covered, breaks);
    }
}

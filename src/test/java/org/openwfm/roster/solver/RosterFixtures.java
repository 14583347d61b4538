package org.openwfm.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.ContractTerms;

/** Small planning objects with intent-revealing names; intervals are 30 minutes, 48 per day. */
public final class RosterFixtures {

    public static final int GRAIN = 30;
    public static final int DAY = 48;
    public static final ChannelKey RETAIL_VOICE = new ChannelKey("retail", Channel.VOICE);
    public static final ChannelKey BANK_VOICE = new ChannelKey("bank", Channel.VOICE);
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final AtomicLong IDS = new AtomicLong();

    private RosterFixtures() {}

    /** 20–40 h a week, 4–10 h shifts, at most 10 h a day, 11 h rest, 5 days in a row. */
    public static ContractTerms fullTime() {
        return new ContractTerms(20 * 60, 40 * 60, 10 * 60, 4 * 60, 10 * 60, 11 * 60, 5);
    }

    /** Certified for retail voice, available every day of the week from 08:00 to 20:00 (intervals 16–40). */
    public static PlanningAgent retailAgent(String id) {
        return agent(id, fullTime(), List.of());
    }

    public static PlanningAgent agent(String id, ContractTerms rules, List<IndexRange> timeOff) {
        List<IndexRange> available = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            available.add(new IndexRange(day * DAY + 16, day * DAY + 40));
        }
        return new PlanningAgent(id, "America/New_York", rules, Set.of(RETAIL_VOICE), available, timeOff);
    }

    /** A shift on the given day from hour {@code fromHour} to {@code toHour} (may pass 24). */
    public static ShiftAssignment shift(PlanningAgent agent, int day, double fromHour, double toHour) {
        return shift(agent, day, fromHour, toHour, RETAIL_VOICE, List.of());
    }

    public static ShiftAssignment shift(
            PlanningAgent agent,
            int day,
            double fromHour,
            double toHour,
            ChannelKey channel,
            List<CoverageSlot> covered) {
        int start = day * DAY + (int) Math.round(fromHour * 2);
        int length = (int) Math.round((toHour - fromHour) * 2);
        ShiftOption option = new ShiftOption(IDS.incrementAndGet(), channel, start, length, GRAIN, covered);
        ShiftAssignment assignment = new ShiftAssignment(agent, MONDAY.plusDays(day), day, List.of(option));
        assignment.setOption(option);
        return assignment;
    }

    /** Slots for [fromIndex, toIndex) of a channel, each needing {@code required} agents. */
    public static List<CoverageSlot> slots(
            ChannelKey channel, int fromIndex, int toIndex, int required, double contacts) {
        List<CoverageSlot> slots = new ArrayList<>();
        for (int i = fromIndex; i < toIndex; i++) {
            slots.add(new CoverageSlot(channel, i, GRAIN, true, required, contacts));
        }
        return slots;
    }
}

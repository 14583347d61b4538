package org.openwfm.roster.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.breaks.BreakPlanner;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.ContractTerms;

/**
 * Builds the shift options an agent-day may take, sharing one option object per (channel, start,
 * length, breaks) across all agents: a shift lies inside one availability window, has a contract length, and
 * falls entirely in the channel's opening hours.
 */
public final class ShiftOptions {

    private final Map<ChannelKey, CoverageSlot[]> slotsByChannel;
    private final int grainMinutes;
    private final Map<String, ShiftOption> shared = new HashMap<>();
    private long nextId;

    public ShiftOptions(Map<ChannelKey, CoverageSlot[]> slotsByChannel, int grainMinutes) {
        this.slotsByChannel = slotsByChannel;
        this.grainMinutes = grainMinutes;
    }

    /**
     * Options of one agent-day: starting in one of that day's windows, ending no later than the stretch
     * of joined availability the window belongs to (so a shift may run through a seam into the next day).
     */
    public List<ShiftOption> within(
            List<IndexRange> windows, List<IndexRange> stretches, Set<ChannelKey> channels, ContractTerms rules) {
        // Without break rules the agent counts as present for the whole shift (the benchmark instances, which
        // model no breaks, build their options this way, so CP-SAT's whole-agent model and the score still agree).
        return within(windows, stretches, channels, rules, null);
    }

    /**
     * The same for an agent who takes breaks under {@code breakTerms} (null: none): each option counts the agent away
     * during the breaks such a shift is due, at their nominal spots ({@link BreakPlanner#nominalBreaks}).
     */
    public List<ShiftOption> within(
            List<IndexRange> windows,
            List<IndexRange> stretches,
            Set<ChannelKey> channels,
            ContractTerms rules,
            BreakTerms breakTerms) {
        int minLength = (int) Math.ceil((double) rules.minShiftMinutes() / grainMinutes);
        int maxLength = Math.min(rules.maxShiftMinutes(), rules.maxDailyMinutes()) / grainMinutes;
        List<ShiftOption> options = new ArrayList<>();
        for (ChannelKey channel : channels.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList()) {
            CoverageSlot[] slots = slotsByChannel.get(channel);
            for (IndexRange window : windows) {
                int reach = stretches.stream()
                        .filter(s -> s.start() <= window.start() && window.start() < s.end())
                        .mapToInt(IndexRange::end)
                        .findFirst()
                        .orElse(window.end());
                for (int start = window.start(); start < window.end() && start + minLength <= reach; start++) {
                    int openRun = openRunFrom(slots, start, reach);
                    for (int length = minLength; length <= Math.min(maxLength, openRun); length++) {
                        options.add(option(channel, slots, start, length, nominalBreaks(length, breakTerms)));
                    }
                }
            }
        }
        return options;
    }

    /** The shared option for exactly this shift, whether or not an availability window offers it, with these breaks. */
    ShiftOption exactly(ChannelKey channel, int start, int length, List<BreakOffset> breaks) {
        return option(channel, slotsByChannel.get(channel), start, length, breaks);
    }

    /** The breaks a shift of {@code length} intervals is due, at their nominal spots. */
    List<BreakOffset> nominalBreaks(int length, BreakTerms breakTerms) {
        return BreakPlanner.nominalBreaks(length * grainMinutes / 15, breakTerms);
    }

    /** How many intervals from {@code start} (before {@code limit}) the channel stays open. */
    private static int openRunFrom(CoverageSlot[] slots, int start, int limit) {
        int run = 0;
        while (start + run < limit && slots[start + run] != null && slots[start + run].open()) {
            run++;
        }
        return run;
    }

    /** Options are shared per channel, start, length and breaks (agents whose breaks fall alike share them). */
    private ShiftOption option(
            ChannelKey channel, CoverageSlot[] slots, int start, int length, List<BreakOffset> breaks) {
        StringBuilder key = new StringBuilder(channel + "/" + start + "/" + length);
        breaks.forEach(
                pause -> key.append('/').append(pause.startMinute()).append('-').append(pause.endMinute()));
        return shared.computeIfAbsent(key.toString(), k -> {
            List<CoverageSlot> covered = new ArrayList<>(length);
            for (int i = start; i < start + length; i++) {
                covered.add(slots[i]);
            }
            return new ShiftOption(nextId++, channel, start, length, grainMinutes, covered, breaks);
        });
    }
}

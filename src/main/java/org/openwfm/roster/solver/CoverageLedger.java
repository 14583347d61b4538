package org.openwfm.roster.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.ShiftOption;

/**
 * Coverage as plain arrays for the week re-plans, which try thousands of weeks per move: agents on each slot by
 * position, and what a shift there is worth. Units follow the score: one contact at stake (medium) is
 * {@link #MEDIUM_OVER_SOFT}, one idle or below-minimum minute (soft) is 1.
 */
final class CoverageLedger {

    /**
     * One contact at stake, in soft units: more than all idle and below-minimum minutes a week can have, so a
     * re-plan ranks coverage first and minutes second, as the score ranks medium over soft.
     */
    static final long MEDIUM_OVER_SOFT = 1_000_000;
    /**
     * Random worth added to each short slot, below what could outweigh one contact at stake over a whole week:
     * equally good weeks are many, and always taking the same one would make a move repeat itself.
     */
    static final long TIE_BREAK_RANGE = MEDIUM_OVER_SOFT / 1024;

    private final CoverageSlot[] slots;
    private final Map<CoverageSlot, Integer> positions = new IdentityHashMap<>();
    /** Per shift option, the positions of the slots it covers: looked up once, read on every move. */
    private final Map<ShiftOption, int[]> covered = new IdentityHashMap<>();

    CoverageLedger(List<CoverageSlot> slots) {
        this.slots = slots.toArray(new CoverageSlot[0]);
        for (CoverageSlot slot : slots) {
            positions.put(slot, positions.size());
        }
    }

    int size() {
        return slots.length;
    }

    CoverageSlot slot(int position) {
        return slots[position];
    }

    /** Adds (or with −1 takes away) one agent on every slot the shift covers; a day off (null) covers none. */
    void add(ShiftOption option, int[] scheduled, int agents) {
        if (option == null) {
            return;
        }
        for (int position : positions(option)) {
            scheduled[position] += agents;
        }
    }

    void add(ShiftOption[] week, int[] scheduled, int agents) {
        for (ShiftOption option : week) {
            add(option, scheduled, agents);
        }
    }

    /** What one more agent on this shift brings: contacts at stake saved where slots are short, idle minutes elsewhere. */
    long marginalWorth(ShiftOption option, int[] scheduled, long[] tieBreak) {
        long worth = 0;
        for (int position : positions(option)) {
            CoverageSlot slot = slots[position];
            worth += scheduled[position] < slot.required() ? slot.stakePerMissingAgent() * MEDIUM_OVER_SOFT + tieBreak[position]
                    : -slot.minutes();
        }
        return worth;
    }

    /** The same at given prices per contact at stake, for slots the re-planned agents are needed on at all. */
    long pricedWorth(ShiftOption option, double[] price, int[] needed, long[] tieBreak) {
        long worth = 0;
        for (int position : positions(option)) {
            worth += needed[position] > 0 ? Math.round(price[position] * MEDIUM_OVER_SOFT) + tieBreak[position]
                    : -slots[position].minutes();
        }
        return worth;
    }

    /** Contacts at stake (in soft units) plus idle minutes of a whole coverage: the coverage part of the score. */
    long loss(int[] scheduled) {
        long loss = 0;
        for (int position = 0; position < slots.length; position++) {
            int gap = slots[position].required() - scheduled[position];
            loss += gap > 0 ? gap * (long) slots[position].stakePerMissingAgent() * MEDIUM_OVER_SOFT
                    : (long) -gap * slots[position].minutes();
        }
        return loss;
    }

    private int[] positions(ShiftOption option) {
        return covered.computeIfAbsent(option, shift -> shift.coveredSlots().stream().mapToInt(positions::get).toArray());
    }
}

package org.openwfm.roster.solver.move;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.ShiftOption;

/**
 * Coverage as plain arrays for the week re-plans, which try thousands of weeks per move: minutes agents are present
 * (net of breaks, as the score counts them) on each slot by position, and what a shift there is worth. Units follow the
 * score: one contact at stake (medium) is {@link #MEDIUM_OVER_SOFT}, one idle or below-minimum minute (soft) is 1.
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

    /**
     * Adds (or with −1 takes away) one agent's presence on every slot the shift covers, in minutes net of its breaks as
     * the score counts it; a day off (null) covers none.
     */
    void add(ShiftOption option, int[] present, int agents) {
        if (option == null) {
            return;
        }
        int[] positions = positions(option);
        for (int i = 0; i < positions.length; i++) {
            present[positions[i]] += agents * option.presentMinutes(i);
        }
    }

    void add(ShiftOption[] week, int[] present, int agents) {
        for (ShiftOption option : week) {
            add(option, present, agents);
        }
    }

    /**
     * What one more agent on this shift brings, as the score sees it: contacts at stake saved where slots are short
     * (plus their tie break), less the idle minutes it adds. Without breaks: the stake on short slots, minus the
     * slot's minutes elsewhere.
     */
    long marginalWorth(ShiftOption option, int[] present, long[] tieBreak) {
        long worth = 0;
        int[] positions = positions(option);
        for (int i = 0; i < positions.length; i++) {
            int position = positions[i];
            CoverageSlot slot = slots[position];
            int before = present[position];
            int after = before + option.presentMinutes(i);
            if (before < slot.requiredMinutes()) {
                worth += (slot.shortStake(before) - slot.shortStake(after)) * MEDIUM_OVER_SOFT + tieBreak[position];
            }
            worth -= slot.idleMinutes(after) - slot.idleMinutes(before);
        }
        return worth;
    }

    /**
     * The same at given prices per contact at stake (per missing agent over a whole slot, so a shift present part of
     * a slot earns that part), for slots the re-planned agents are needed on at all ({@code needed}, in minutes).
     */
    long pricedWorth(ShiftOption option, double[] price, int[] needed, long[] tieBreak) {
        long worth = 0;
        int[] positions = positions(option);
        for (int i = 0; i < positions.length; i++) {
            int position = positions[i];
            int minutes = option.presentMinutes(i);
            double share = minutes == slots[position].minutes() ? 1 : (double) minutes / slots[position].minutes();
            worth += needed[position] > 0
                    ? Math.round(price[position] * share * MEDIUM_OVER_SOFT) + tieBreak[position]
                    : -minutes;
        }
        return worth;
    }

    /**
     * Contacts at stake (in soft units) plus idle minutes of a whole coverage (minutes present per slot): the coverage
     * part of the score.
     */
    long loss(int[] present) {
        long loss = 0;
        for (int position = 0; position < slots.length; position++) {
            CoverageSlot slot = slots[position];
            loss += slot.shortStake(present[position]) * MEDIUM_OVER_SOFT + slot.idleMinutes(present[position]);
        }
        return loss;
    }

    private int[] positions(ShiftOption option) {
        return covered.computeIfAbsent(
                option,
                shift -> shift.coveredSlots().stream().mapToInt(positions::get).toArray());
    }
}

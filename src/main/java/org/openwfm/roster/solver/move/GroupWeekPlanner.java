package org.openwfm.roster.solver.move;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openwfm.roster.domain.ShiftOption;

/**
 * New weeks for a group of agents while everyone else's shifts stay: the sub-problem of a re-roster move. Each
 * agent's own best week is exact ({@link AgentWeekPlanner}); the hard part is the group, whose agents compete for
 * the same short slots.
 */
final class GroupWeekPlanner {

    /** How far one price round moves a slot's price, as a share of its stake, before it shrinks with the rounds. */
    private static final double FIRST_PRICE_STEP = 0.5;

    private final CoverageLedger ledger;
    private final int grainMinutes;
    private final Random random;

    GroupWeekPlanner(CoverageLedger ledger, int grainMinutes, Random random) {
        this.ledger = ledger;
        this.grainMinutes = grainMinutes;
        this.random = random;
    }

    /**
     * Each agent in turn takes its best week given the others' coverage and the weeks planned before it: fast, but
     * the first agents take the best slots whether or not a later one could only cover those.
     *
     * @param others minutes present on each slot from everyone outside the group
     * @return the new week per agent, or null when one of them has no week within its limits
     */
    Map<AgentWeek, ShiftOption[]> inTurn(List<AgentWeek> group, int[] others) {
        int[] presentMinutes = others.clone();
        long[] tieBreak = tieBreak();
        Map<AgentWeek, ShiftOption[]> planned = new LinkedHashMap<>();
        for (AgentWeek week : group) {
            ShiftOption[] best =
                    week.best(option -> ledger.marginalWorth(option, presentMinutes, tieBreak), grainMinutes);
            if (best == null) {
                return null;
            }
            ledger.add(best, presentMinutes, 1);
            planned.put(week, best);
        }
        return planned;
    }

    /**
     * A Lagrangian heuristic. Each round, every agent takes its best week alone at a price per short slot; then each
     * in turn re-plans against the others' real coverage, and the best coverage any round reached is kept. Between
     * rounds, slots the group covered more than needed get cheaper and slots it left short dearer (a subgradient
     * step), so agents that can cover more than one gap are steered to the gap only they can reach. On a group of
     * four whose exact best weeks CP-SAT found, in-turn planning ended 2 to 29 contacts above them in every one of
     * the 24 orders; this reached them within ten rounds.
     *
     * @return the new week per agent (the current weeks if no round did as well), or null when one has no week
     */
    Map<AgentWeek, ShiftOption[]> priced(List<AgentWeek> group, int[] others, int rounds) {
        long[] tieBreak = tieBreak();
        int[] needed = new int[ledger.size()];
        double[] price = new double[ledger.size()];
        for (int position = 0; position < needed.length; position++) {
            // In minutes present, as the ledger counts coverage.
            needed[position] = Math.max(0, ledger.slot(position).requiredMinutes() - others[position]);
            price[position] = needed[position] > 0 ? ledger.slot(position).stakePerMissingAgent() : 0;
        }
        Map<AgentWeek, ShiftOption[]> current = new LinkedHashMap<>();
        group.forEach(week -> current.put(week, week.current()));
        Map<AgentWeek, ShiftOption[]> kept = current;
        long keptLoss = ledger.loss(withWeeks(others, kept));
        for (int round = 0; round < rounds; round++) {
            Map<AgentWeek, ShiftOption[]> planned = new LinkedHashMap<>();
            for (AgentWeek week : group) {
                ShiftOption[] best =
                        week.best(option -> ledger.pricedWorth(option, price, needed, tieBreak), grainMinutes);
                if (best == null) {
                    return null;
                }
                planned.put(week, best);
            }
            int[] byGroup = withWeeks(new int[ledger.size()], planned);
            int[] presentMinutes = withWeeks(others, planned);
            for (AgentWeek week : group) {
                ledger.add(planned.get(week), presentMinutes, -1);
                ShiftOption[] best =
                        week.best(option -> ledger.marginalWorth(option, presentMinutes, tieBreak), grainMinutes);
                ledger.add(best, presentMinutes, 1);
                planned.put(week, best);
            }
            long loss = ledger.loss(presentMinutes);
            // As good is kept too: a different plan of equal coverage lets the search move along the plateau.
            if (loss <= keptLoss) {
                keptLoss = loss;
                kept = planned;
            }
            double step = FIRST_PRICE_STEP / Math.sqrt(round + 1);
            for (int position = 0; position < price.length; position++) {
                int stake = ledger.slot(position).stakePerMissingAgent();
                double agentsMissing = (double) (needed[position] - byGroup[position])
                        / ledger.slot(position).minutes();
                price[position] = Math.max(0, Math.min(stake, price[position] + step * stake * agentsMissing));
            }
        }
        return kept;
    }

    private int[] withWeeks(int[] base, Map<AgentWeek, ShiftOption[]> weeks) {
        int[] presentMinutes = base.clone();
        weeks.values().forEach(week -> ledger.add(week, presentMinutes, 1));
        return presentMinutes;
    }

    private long[] tieBreak() {
        return random.longs(ledger.size(), 0, CoverageLedger.TIE_BREAK_RANGE).toArray();
    }
}

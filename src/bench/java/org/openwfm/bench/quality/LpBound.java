package org.openwfm.bench.quality;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * A lower bound on contacts at stake (the score's medium level, "Agents short") from a linear relaxation of the
 * roster, solved by GLOP: each agent-day takes at most one option in fractions, an agent's weekly maximum holds, and
 * each slot's contacts at stake are at least what the fractions leave uncovered. Rest, days in a row, overlap and
 * integrality are dropped, so every plan that keeps the weekly maximum (every 0hard plan) is feasible here, and the
 * optimum of this program can only be lower than its medium score: a valid bound, and on weeks of many agents a far
 * tighter one than CP-SAT reaches in a minute.
 *
 * <p>Why each slot's term stays below what the score charges. The score counts a slot's coverage in minutes present
 * net of breaks, P = Σ p over its agents (p ≤ the slot's minutes M), and charges {@link CoverageSlot#shortStake}:
 * with R agents required, k contacts at stake per missing agent and m = R·M − P missing agent-minutes, the stake
 * is floor((2mk + M) / 2M) when m &gt; 0 (m·k/M rounded to the nearest contact, halves up), else 0. Its rounding can
 * fall below m·k/M, so charging m·k/M would not be a relaxation. The program instead lets a slot's stake z be any
 * value at or above two lower bounds of that integer, both linear in the options taken, and minimizes Σ z:
 *
 * <ol>
 *   <li>Whole agents: z ≥ k·(R − n), n counting each agent present in the slot at all (p &gt; 0) as one. Since
 *       P ≤ n·M, m ≥ (R − n)·M, and the stake at that many whole agents short is exactly (R − n)·k; the stake only
 *       grows with m. Without breaks this is the score's value itself.
 *   <li>Minutes: z ≥ (2mk − M + 1) / 2M = m·k/M − (M − 1)/2M, since an integer floor(N / 2M) is at least
 *       (N − 2M + 1) / 2M. This counts a break inside a slot, which the first misses, at the price of just under half
 *       a contact of rounding; it is added only for slots some option is partly present in.
 * </ol>
 *
 * <p>Together with z ≥ 0 each z stays at or below the slot's stake in any integer plan, so Σ z of any 0hard plan
 * is at most its |medium| and the program's optimum, rounded up (the score is whole), is a bound. On rosters without
 * breaks (the quality benchmark's {@link BankInstance}) only the first inequality applies, and the bound is the one
 * this class always gave.
 */
final class LpBound {

    private LpBound() {}

    /** The bound, rounded up (contacts at stake are whole), or -1 if GLOP did not finish in {@code seconds}. */
    static long medium(Roster roster, double seconds) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        solver.setTimeLimit((long) (seconds * 1000));
        Set<CoverageSlot> partlyPresent = partlyPresent(roster);
        Map<CoverageSlot, MPConstraint> wholeAgents = new HashMap<>();
        Map<CoverageSlot, MPConstraint> minutes = new HashMap<>();
        MPObjective stake = solver.objective();
        for (CoverageSlot slot : roster.getSlots()) {
            if (slot.required() == 0) {
                continue; // never short: nothing at stake
            }
            MPVariable slotStake = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
            stake.setCoefficient(slotStake, 1);
            long k = slot.stakePerMissingAgent();
            long m = slot.minutes();
            // z + k·Σ whole agents ≥ k·R
            MPConstraint whole = solver.makeConstraint(k * slot.required(), Double.POSITIVE_INFINITY, "");
            whole.setCoefficient(slotStake, 1);
            wholeAgents.put(slot, whole);
            if (partlyPresent.contains(slot)) {
                // 2M·z + 2k·Σ present minutes ≥ 2k·R·M − M + 1: the minutes inequality times 2M, in integers.
                MPConstraint present =
                        solver.makeConstraint(2 * k * slot.requiredMinutes() - m + 1, Double.POSITIVE_INFINITY, "");
                present.setCoefficient(slotStake, 2 * m);
                minutes.put(slot, present);
            }
        }
        Map<PlanningAgent, MPConstraint> weeklyMaximum = new HashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            MPConstraint oneOption = solver.makeConstraint(0, 1, "");
            MPConstraint weekly = weeklyMaximum.computeIfAbsent(
                    day.getAgent(),
                    agent -> solver.makeConstraint(0, agent.terms().maxWeeklyMinutes(), ""));
            for (ShiftOption option : options(day)) {
                MPVariable taken = solver.makeNumVar(0, 1, "");
                oneOption.setCoefficient(taken, 1);
                weekly.setCoefficient(taken, option.minutes());
                List<CoverageSlot> covered = option.coveredSlots();
                for (int i = 0; i < covered.size(); i++) {
                    CoverageSlot slot = covered.get(i);
                    MPConstraint whole = wholeAgents.get(slot);
                    if (whole == null) {
                        continue;
                    }
                    int present = option.presentMinutes(i);
                    // One whole agent for any presence; ceil(p / M) keeps P ≤ n·M even if p ever exceeded M.
                    int agents = (present + slot.minutes() - 1) / slot.minutes();
                    whole.setCoefficient(taken, (double) slot.stakePerMissingAgent() * agents);
                    MPConstraint presentMinutes = minutes.get(slot);
                    if (presentMinutes != null) {
                        presentMinutes.setCoefficient(taken, 2.0 * slot.stakePerMissingAgent() * present);
                    }
                }
            }
        }
        stake.setMinimization();
        MPSolver.ResultStatus status = solver.solve();
        long bound = status == MPSolver.ResultStatus.OPTIMAL ? (long) Math.ceil(stake.value() - 1e-6) : -1;
        solver.delete();
        return bound;
    }

    /** A pinned day can only keep its shift; any other day may take any of its options. */
    private static List<ShiftOption> options(ShiftAssignment day) {
        return day.isPinned() && day.getOption() != null ? List.of(day.getOption()) : day.getOptions();
    }

    /** Slots some option is present in for part of the slot only (a break inside it): there minutes count. */
    private static Set<CoverageSlot> partlyPresent(Roster roster) {
        Set<ShiftOption> seen = new HashSet<>();
        Set<CoverageSlot> partly = new HashSet<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            for (ShiftOption option : options(day)) {
                if (!seen.add(option)) {
                    continue; // options are shared by the agents whose shifts and breaks fall alike
                }
                List<CoverageSlot> covered = option.coveredSlots();
                for (int i = 0; i < covered.size(); i++) {
                    int present = option.presentMinutes(i);
                    if (present > 0 && present < covered.get(i).minutes()) {
                        partly.add(covered.get(i));
                    }
                }
            }
        }
        return partly;
    }
}

package org.openwfm.bench.quality;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * A lower bound on contacts at stake from a linear relaxation of the roster, solved by GLOP: each agent-day takes
 * at most one option in fractions, an agent's weekly maximum holds, and each interval's short agents are what the
 * fractions leave uncovered. Rest, days in a row and integrality are dropped, so every plan either solver makes is
 * feasible here and the optimum of this program can only be lower: a valid bound, and on weeks of many agents a
 * far tighter one than CP-SAT reaches in a minute.
 */
final class LpBound {

    private LpBound() {}

    /** The bound, rounded up (contacts at stake are whole), or -1 if GLOP did not finish in {@code seconds}. */
    static long medium(Roster roster, double seconds) {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver("GLOP");
        solver.setTimeLimit((long) (seconds * 1000));
        Map<CoverageSlot, MPConstraint> covered = new HashMap<>();
        MPObjective stake = solver.objective();
        for (CoverageSlot slot : roster.getSlots()) {
            // scheduled + short ≥ required, with short paying the slot's contacts at stake per agent.
            MPVariable agentsShort = solver.makeNumVar(0, slot.required(), "");
            stake.setCoefficient(agentsShort, slot.stakePerMissingAgent());
            MPConstraint coverage = solver.makeConstraint(slot.required(), Double.POSITIVE_INFINITY, "");
            coverage.setCoefficient(agentsShort, 1);
            covered.put(slot, coverage);
        }
        Map<PlanningAgent, MPConstraint> weeklyMaximum = new HashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            MPConstraint oneOption = solver.makeConstraint(0, 1, "");
            MPConstraint weekly = weeklyMaximum.computeIfAbsent(
                    day.getAgent(),
                    agent -> solver.makeConstraint(0, agent.terms().maxWeeklyMinutes(), ""));
            List<ShiftOption> options =
                    day.isPinned() && day.getOption() != null ? List.of(day.getOption()) : day.getOptions();
            for (ShiftOption option : options) {
                MPVariable taken = solver.makeNumVar(0, 1, "");
                oneOption.setCoefficient(taken, 1);
                weekly.setCoefficient(taken, option.minutes());
                option.coveredSlots().forEach(slot -> covered.get(slot).setCoefficient(taken, 1));
            }
        }
        stake.setMinimization();
        MPSolver.ResultStatus status = solver.solve();
        long bound = status == MPSolver.ResultStatus.OPTIMAL ? (long) Math.ceil(stake.value() - 1e-6) : -1;
        solver.delete();
        return bound;
    }
}

package org.openwfm.bench.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The integer program of the same roster the service's solver plans, for CP-SAT: one choice of shift option (or
 * none) per agent-day, so availability, certification, opening hours and shift length hold by construction as
 * they do for Timefold; across days no overlap, rest, weekly maximum hours and days in a row. The objective is
 * the service's coverage score, lexicographic as Timefold's: agents short × contacts at stake first (medium),
 * then idle agent-minutes and minutes below weekly minimums (soft). The fairness and preference terms of the
 * soft score are not modelled: they are not linear.
 */
public final class CpSatRoster {

    /**
     * CP-SAT's proven lower bounds on the medium part (contacts at stake) and, at that medium, on the soft part;
     * its best plan is written into the roster's assignments.
     */
    public record Answer(long mediumBound, double softBound, CpSolverStatus status, double secondsToFirstFeasible, double seconds) {
    }

    private CpSatRoster() {
    }

    /** Solves and writes the best plan found into {@code roster}'s assignments. */
    public static Answer solve(Roster roster, double seconds) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        List<ShiftAssignment> days = roster.getAssignments();
        Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen = new HashMap<>();
        Map<CoverageSlot, LinearExprBuilder> onSlot = new HashMap<>();
        for (ShiftAssignment day : days) {
            Map<ShiftOption, BoolVar> picks = new HashMap<>();
            for (ShiftOption option : day.getOptions()) {
                BoolVar pick = model.newBoolVar("x");
                picks.put(option, pick);
                for (CoverageSlot slot : option.coveredSlots()) {
                    onSlot.computeIfAbsent(slot, s -> LinearExpr.newBuilder()).add(pick);
                }
            }
            model.addAtMostOne(new ArrayList<>(picks.values()));
            chosen.put(day, picks);
        }
        // Lexicographic as the score: one contact at stake outweighs every soft minute there could be.
        long softCeiling = (long) roster.getSlots().size() * roster.getAgents().size() * roster.getGrainMinutes()
                + roster.getAgents().stream().mapToLong(a -> a.rules().minWeeklyMinutes()).sum() + 1;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (CoverageSlot slot : roster.getSlots()) {
            LinearExprBuilder scheduled = onSlot.getOrDefault(slot, LinearExpr.newBuilder());
            int most = roster.getAgents().size();
            IntVar agentsShort = model.newIntVar(0, slot.required(), "short");
            IntVar agentsOver = model.newIntVar(0, most, "over");
            // scheduled + short − over = required: short and over are the two sides of the gap.
            model.addEquality(LinearExpr.newBuilder().add(agentsShort).add(scheduled.build())
                    .addTerm(agentsOver, -1).build(), slot.required());
            objective.addTerm(agentsShort, slot.stakePerMissingAgent() * softCeiling);
            objective.addTerm(agentsOver, slot.minutes());
        }
        for (PlanningAgent agent : roster.getAgents()) {
            List<ShiftAssignment> own = days.stream().filter(d -> d.getAgent() == agent)
                    .sorted((a, b) -> Integer.compare(a.getDayIndex(), b.getDayIndex())).toList();
            LinearExprBuilder minutes = LinearExpr.newBuilder();
            own.forEach(d -> chosen.get(d).forEach((option, pick) -> minutes.addTerm(pick, option.length() * (long) roster.getGrainMinutes())));
            model.addLessOrEqual(minutes.build(), agent.rules().maxWeeklyMinutes());
            IntVar deficit = model.newIntVar(0, agent.rules().minWeeklyMinutes(), "deficit");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(minutes.build()).add(deficit).build(), agent.rules().minWeeklyMinutes());
            objective.add(deficit);
            forbidCrowding(model, own, chosen, agent.rules().minRestMinutes() / roster.getGrainMinutes());
            limitDaysInARow(model, own, chosen, agent.rules().maxConsecutiveDays());
        }
        model.minimize(objective.build());

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(2);
        FirstSolution first = new FirstSolution();
        CpSolverStatus status = solver.solve(model, first);
        for (ShiftAssignment day : days) {
            day.setOption(status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
                    ? chosen.get(day).entrySet().stream().filter(e -> solver.booleanValue(e.getValue())).map(Map.Entry::getKey)
                            .findFirst().orElse(null)
                    : null);
        }
        double bound = solver.bestObjectiveBound();
        long mediumBound = (long) Math.floor(bound / softCeiling);
        return new Answer(mediumBound, bound - mediumBound * (double) softCeiling, status, first.seconds, solver.wallTime());
    }

    /** Two shifts of one agent on days d and d+1 that overlap or leave less than the rest: at most one. */
    private static void forbidCrowding(CpModel model, List<ShiftAssignment> own, Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen,
            int restSlots) {
        for (int i = 0; i + 1 < own.size(); i++) {
            for (var earlier : chosen.get(own.get(i)).entrySet()) {
                for (var later : chosen.get(own.get(i + 1)).entrySet()) {
                    if (later.getKey().start() < earlier.getKey().end() + restSlots) {
                        model.addImplication(earlier.getValue(), later.getValue().not());
                    }
                }
            }
        }
    }

    private static void limitDaysInARow(CpModel model, List<ShiftAssignment> own, Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen,
            int most) {
        for (int from = 0; from + most < own.size(); from++) {
            LinearExprBuilder worked = LinearExpr.newBuilder();
            for (int d = from; d <= from + most; d++) {
                chosen.get(own.get(d)).values().forEach(worked::add);
            }
            model.addLessOrEqual(worked.build(), most);
        }
    }

    /** Notes when CP-SAT finds its first feasible plan. */
    private static final class FirstSolution extends com.google.ortools.sat.CpSolverSolutionCallback {
        private double seconds = -1;

        @Override
        public void onSolutionCallback() {
            if (seconds < 0) {
                seconds = wallTime();
            }
        }
    }
}

package org.openwfm.bench.quality;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

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
    public record Answer(
            long mediumBound, double softBound, CpSolverStatus status, double secondsToFirstFeasible, double seconds) {

        /** Whether CP-SAT found any plan in its time. */
        public boolean found() {
            return CpSatRoster.found(status);
        }
    }

    /**
     * Search workers, more than the machine's two cores on purpose: CP-SAT's portfolio only runs its LP-based
     * workers, which prove these bounds, from eight workers up; with two it did not prove small-20x3 in 30 s, with
     * eight it proves it in 10 to 60 s on the same two cores.
     */
    public static final int WORKERS = 8;

    /** Above this many clashing-pair candidates in the whole roster, rest is written as linear constraints instead of clauses. */
    private static final long PAIRWISE_LIMIT = 2_000_000;

    private CpSatRoster() {}

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
                + roster.getAgents().stream()
                        .mapToLong(a -> a.terms().minWeeklyMinutes())
                        .sum()
                + 1;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (CoverageSlot slot : roster.getSlots()) {
            LinearExprBuilder scheduled = onSlot.getOrDefault(slot, LinearExpr.newBuilder());
            int most = roster.getAgents().size();
            IntVar agentsShort = model.newIntVar(0, slot.required(), "short");
            IntVar agentsOver = model.newIntVar(0, most, "over");
            // scheduled + short − over = required: short and over are the two sides of the gap.
            model.addEquality(
                    LinearExpr.newBuilder()
                            .add(agentsShort)
                            .add(scheduled.build())
                            .addTerm(agentsOver, -1)
                            .build(),
                    slot.required());
            objective.addTerm(agentsShort, slot.stakePerMissingAgent() * softCeiling);
            objective.addTerm(agentsOver, slot.minutes());
        }
        boolean pairwise = pairCandidates(roster, chosen) <= PAIRWISE_LIMIT;
        for (PlanningAgent agent : roster.getAgents()) {
            List<ShiftAssignment> own = days.stream()
                    .filter(d -> d.getAgent() == agent)
                    .sorted((a, b) -> Integer.compare(a.getDayIndex(), b.getDayIndex()))
                    .toList();
            LinearExprBuilder minutes = LinearExpr.newBuilder();
            own.forEach(d -> chosen.get(d)
                    .forEach((option, pick) ->
                            minutes.addTerm(pick, option.length() * (long) roster.getGrainMinutes())));
            model.addLessOrEqual(minutes.build(), agent.terms().maxWeeklyMinutes());
            IntVar deficit = model.newIntVar(0, agent.terms().minWeeklyMinutes(), "deficit");
            model.addGreaterOrEqual(
                    LinearExpr.newBuilder().add(minutes.build()).add(deficit).build(),
                    agent.terms().minWeeklyMinutes());
            objective.add(deficit);
            keepRest(model, own, chosen, agent.terms().minRestMinutes() / roster.getGrainMinutes(), pairwise);
            limitDaysInARow(model, own, chosen, agent.terms().maxConsecutiveDays());
        }
        model.minimize(objective.build());

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(WORKERS);
        FirstSolution first = new FirstSolution();
        CpSolverStatus status = solver.solve(model, first);
        for (ShiftAssignment day : days) {
            day.setOption(
                    found(status)
                            ? chosen.get(day).entrySet().stream()
                                    .filter(e -> solver.booleanValue(e.getValue()))
                                    .map(Map.Entry::getKey)
                                    .findFirst()
                                    .orElse(null)
                            : null);
        }
        double bound = solver.bestObjectiveBound();
        long mediumBound = (long) Math.floor(bound / softCeiling);
        return new Answer(
                mediumBound, bound - mediumBound * (double) softCeiling, status, first.seconds, solver.wallTime());
    }

    /**
     * No overlap and the rest between the shifts of consecutive days: each clashing pair of options forbidden, or,
     * in a roster with too many pairs (a week of 150 agents would need tens of millions of clauses), one linear
     * constraint per two days: when both are worked, the later start is at least the earlier end plus the rest.
     */
    private static void keepRest(
            CpModel model,
            List<ShiftAssignment> own,
            Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen,
            int restSlots,
            boolean pairwise) {
        for (int i = 0; i + 1 < own.size(); i++) {
            Map<ShiftOption, BoolVar> earlier = chosen.get(own.get(i));
            Map<ShiftOption, BoolVar> later = chosen.get(own.get(i + 1));
            if (earlier.isEmpty() || later.isEmpty()) {
                continue;
            }
            if (pairwise) {
                // Small enough to forbid each clashing pair outright, which CP-SAT propagates far better.
                earlier.forEach((first, x) -> later.forEach((second, y) -> {
                    if (second.start() < first.end() + restSlots) {
                        model.addImplication(x, y.not());
                    }
                }));
                continue;
            }
            LinearExprBuilder gap = LinearExpr.newBuilder();
            later.forEach((option, pick) -> gap.addTerm(pick, option.start()));
            earlier.forEach((option, pick) -> gap.addTerm(pick, -option.end()));
            model.addGreaterOrEqual(gap.build(), restSlots)
                    .onlyEnforceIf(new Literal[] {worked(model, earlier), worked(model, later)});
        }
    }

    /** Option pairs of consecutive days of one agent, over the whole roster. */
    private static long pairCandidates(Roster roster, Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen) {
        Map<PlanningAgent, Map<Integer, Integer>> options = new HashMap<>();
        roster.getAssignments()
                .forEach(day -> options.computeIfAbsent(day.getAgent(), a -> new HashMap<>())
                        .put(day.getDayIndex(), chosen.get(day).size()));
        return options.values().stream()
                .mapToLong(byDay -> byDay.entrySet().stream()
                        .mapToLong(e -> (long) e.getValue() * byDay.getOrDefault(e.getKey() + 1, 0))
                        .sum())
                .sum();
    }

    /** True exactly when the day takes one of its options. */
    private static BoolVar worked(CpModel model, Map<ShiftOption, BoolVar> day) {
        BoolVar worked = model.newBoolVar("worked");
        model.addEquality(LinearExpr.sum(day.values().toArray(new BoolVar[0])), worked);
        return worked;
    }

    private static void limitDaysInARow(
            CpModel model,
            List<ShiftAssignment> own,
            Map<ShiftAssignment, Map<ShiftOption, BoolVar>> chosen,
            int most) {
        for (int from = 0; from + most < own.size(); from++) {
            LinearExprBuilder worked = LinearExpr.newBuilder();
            for (int d = from; d <= from + most; d++) {
                chosen.get(own.get(d)).values().forEach(worked::add);
            }
            model.addLessOrEqual(worked.build(), most);
        }
    }

    private static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
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

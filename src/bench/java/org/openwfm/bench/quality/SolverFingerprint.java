package org.openwfm.bench.quality;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;

/**
 * The solver's fingerprint for refactorings: the service's solver configuration, with its fixed random seed, run a
 * fixed number of local-search steps instead of a time limit on two bank instances. The same search code gives the
 * same score and the same plan (hash) on any machine and under any load, so a change meant to alter no behaviour can
 * be checked exactly, where the timed quality benchmark only agrees within its run-to-run spread.
 */
public final class SolverFingerprint {
    private SolverFingerprint() {}

    /** @param args the bank call series (CSV) and the number of local-search steps */
    public static void main(String[] args) throws Exception {
        Path calls = Path.of(args[0]);
        int steps = Integer.parseInt(args[1]);
        for (QualityBench.Spec spec : List.of(QualityBench.SMALL.get(1), QualityBench.MEDIUM.get(0))) {
            SolverConfig config = TimefoldRoster.config(600).withTerminationConfig(new TerminationConfig());
            config.getPhaseConfigList().stream()
                    .filter(p -> p instanceof LocalSearchPhaseConfig)
                    .forEach(p -> p.setTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
            Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
            long started = System.nanoTime();
            Roster best = solver.solve(spec.instance(calls).roster());
            StringBuilder plan = new StringBuilder();
            best.getAssignments().stream()
                    .sorted(Comparator.comparing(ShiftAssignment::getId))
                    .forEach(a -> plan.append(a.getId())
                            .append('=')
                            .append(
                                    a.getOption() == null
                                            ? "-"
                                            : a.getOption().channel() + "@"
                                                    + a.getOption().start() + "+"
                                                    + a.getOption().length())
                            .append(';'));
            System.out.printf(
                    "%s steps=%d score=%s plan-hash=%08x seconds=%.1f%n",
                    spec.name(),
                    steps,
                    best.getScore(),
                    plan.toString().hashCode(),
                    (System.nanoTime() - started) / 1e9);
        }
    }
}

package org.openwfm.bench.quality;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.solver.RosterConstraints;

/** The service's solver on a roster: its constraints and solverConfig.xml, a fixed time and no stall limit. */
public final class TimefoldRoster {

    /** The best roster found, and when the first one without hard breaks was. */
    public record Answer(Roster best, double secondsToFirstFeasible, double seconds) {}

    private TimefoldRoster() {}

    public static Answer solve(Roster roster, int seconds) {
        Solver<Roster> solver = SolverFactory.<Roster>create(config(seconds)).buildSolver();
        long started = System.nanoTime();
        double[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.getNewBestScore().isFeasible()) {
                firstFeasible[0] = (System.nanoTime() - started) / 1e9;
            }
        });
        Roster best = solver.solve(roster);
        return new Answer(best, firstFeasible[0], (System.nanoTime() - started) / 1e9);
    }

    /** The service's score of a plan made elsewhere: proof that CP-SAT's plan breaks no rule the service has. */
    public static String score(Roster plan) {
        return String.valueOf(
                SolutionManager.create(SolverFactory.<Roster>create(config(1))).update(plan));
    }

    public static SolverConfig config(int seconds) {
        return SolverConfig.createFromXmlResource("solverConfig.xml")
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
    }
}

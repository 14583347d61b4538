package org.openwfm.bench.textbook;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import java.util.Arrays;

/**
 * The textbook shift-covering integer program, solved exactly by CP-SAT: a day of periods, each with a demand
 * for staff; a shift covers {@code length} consecutive periods and may start in any period, wrapping past the
 * end of the day into its start; the fewest shifts that meet every period's demand.
 */
public final class CyclicCover {

    /** What CP-SAT found: the shifts started in each period, their total, the proven lower bound and the status. */
    public record Answer(int[] startsPerPeriod, long shifts, double bound, CpSolverStatus status, double seconds) {

        public boolean provenOptimal() {
            return status == CpSolverStatus.OPTIMAL;
        }
    }

    private CyclicCover() {}

    public static Answer solve(int[] demand, int length, double timeLimitSeconds) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        int periods = demand.length;
        int most = Arrays.stream(demand).max().orElse(0);
        IntVar[] starts = new IntVar[periods];
        for (int p = 0; p < periods; p++) {
            starts[p] = model.newIntVar(0, most, "starts_" + p);
        }
        for (int p = 0; p < periods; p++) {
            IntVar[] covering = new IntVar[length];
            for (int back = 0; back < length; back++) {
                covering[back] = starts[Math.floorMod(p - back, periods)];
            }
            model.addGreaterOrEqual(LinearExpr.sum(covering), demand[p]);
        }
        model.minimize(LinearExpr.sum(starts));

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds).setNumWorkers(2);
        CpSolverStatus status = solver.solve(model);
        int[] chosen = new int[periods];
        for (int p = 0; p < periods; p++) {
            chosen[p] = (int) solver.value(starts[p]);
        }
        return new Answer(
                chosen, Math.round(solver.objectiveValue()), solver.bestObjectiveBound(), status, solver.wallTime());
    }
}

package org.openwfm.bench.quality;

import java.nio.file.Path;
import java.util.List;

import org.openwfm.roster.domain.Roster;

/**
 * Timefold against CP-SAT on the same rosters with the same time budget (issue 8): instances made from the bank
 * call series, each solved by both; prints the objective's terms for both, CP-SAT's proven bounds, each one's gap
 * to the bound, coverage, overstaffing and the time to a first plan without hard breaks.
 *
 * <pre>./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/classes:$(cat target/bench.classpath)" org.openwfm.bench.quality.QualityBench ../shared/data/bank_calls_5min.csv 10 [small|medium|all]</pre>
 */
public final class QualityBench {

    /** An instance: agents, days from the series' first Monday, the desks, seed. */
    record Spec(String name, int agents, int days, List<BankInstance.Desk> desks, long seed) {
    }

    static final List<Spec> SMALL = List.of(
            new Spec("small-12x2", 12, 2, List.of(new BankInstance.Desk("bank", 0.012, 0)), 1),
            new Spec("small-20x3", 20, 3, List.of(new BankInstance.Desk("bank", 0.02, 0)), 2));

    /** Three clients whose weeks are three different weeks of the series, at different volumes. */
    static final List<Spec> MEDIUM = List.of(new Spec("medium-150x7x3", 150, 7, List.of(new BankInstance.Desk("north", 0.12, 0),
            new BankInstance.Desk("south", 0.09, 7), new BankInstance.Desk("west", 0.07, 14)), 3));

    private QualityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path calls = Path.of(args.length > 0 ? args[0] : "../shared/data/bank_calls_5min.csv");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Spec> specs = switch (args.length > 2 ? args[2] : "small") {
            case "medium" -> MEDIUM;
            case "all" -> java.util.stream.Stream.concat(SMALL.stream(), MEDIUM.stream()).toList();
            default -> SMALL;
        };
        System.out.println("| instance | s | solver | short stake (medium) | idle + below-minimum minutes (soft) "
                + "| CP-SAT bound medium / soft | gap medium | gap soft | coverage | overstaffing | first feasible s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Spec spec : specs) {
            Roster forCpSat = BankInstance.generate(calls, spec.desks(), spec.agents(), spec.days(), spec.seed());
            CpSatRoster.Answer exact = CpSatRoster.solve(forCpSat, seconds);
            Coverage byCpSat = Coverage.of(forCpSat);
            Roster forTimefold = BankInstance.generate(calls, spec.desks(), spec.agents(), spec.days(), spec.seed());
            TimefoldRoster.Answer ours = TimefoldRoster.solve(forTimefold, seconds);
            Coverage byTimefold = Coverage.of(ours.best());
            String bound = exact.mediumBound() + " / " + Math.round(exact.softBound()) + " (" + exact.status() + ")";
            print(spec.name(), seconds, "CP-SAT, scored by the service " + TimefoldRoster.score(forCpSat), byCpSat, bound, exact,
                    exact.secondsToFirstFeasible());
            print(spec.name(), seconds, "Timefold " + ours.best().getScore(), byTimefold, bound, exact, ours.secondsToFirstFeasible());
        }
    }

    private static void print(String instance, int seconds, String solver, Coverage found, String bound, CpSatRoster.Answer exact,
            double firstFeasible) {
        System.out.printf("| %s | %d | %s | %d | %d | %s | %s | %s | %.1f %% | %.1f %% | %.2f |%n", instance, seconds, solver,
                found.shortStake(), found.soft(), bound, gap(found.shortStake(), exact.mediumBound()),
                found.shortStake() == exact.mediumBound() ? gap(found.soft(), exact.softBound()) : "–",
                found.coverage() * 100, found.overstaffing() * 100, firstFeasible);
    }

    /** How far above the proven bound, in per cent of the bound (0 % is proven optimal). */
    private static String gap(double value, double bound) {
        if (value == bound) {
            return "0 %";
        }
        return bound <= 0 ? "∞" : String.format("%.2f %%", (value - bound) / bound * 100);
    }
}

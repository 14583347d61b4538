package org.openwfm.bench.quality;

import com.google.ortools.sat.CpSolverStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.openwfm.bench.textbook.CyclicCover;
import org.openwfm.bench.textbook.CyclicRoster;
import org.openwfm.bench.textbook.TextbookInstance;
import org.openwfm.roster.domain.Roster;

/**
 * Timefold against CP-SAT on the same rosters with the same wall-clock budgets (issue 8): the textbook instances
 * with known optima, then instances made from the bank call series, each solved by both. Prints the tables and,
 * when given a file, writes them into it between markers (BENCHMARKS.md). Run through {@code bench/quality.sh}.
 *
 * <pre>java -cp ... org.openwfm.bench.quality.QualityBench calls.csv 10,60 small|medium|large|all|seeds [BENCHMARKS.md]</pre>
 */
public final class QualityBench {

    /** An instance: agents, days from the series' first Monday, the desks, seed. */
    record Spec(String name, int agents, int days, List<BankInstance.Desk> desks, long seed) {
        BankInstance instance(Path calls) {
            return BankInstance.of(calls, desks, agents, days, seed);
        }
    }

    static final List<Spec> SMALL = List.of(
            new Spec("small-12x2", 12, 2, List.of(new BankInstance.Desk("bank", 0.012, 0)), 1),
            new Spec("small-20x3", 20, 3, List.of(new BankInstance.Desk("bank", 0.02, 0)), 2));

    /** Three clients whose weeks are three different weeks of the series, at different volumes. */
    static final List<Spec> MEDIUM = List.of(new Spec(
            "medium-150x7x3",
            150,
            7,
            List.of(
                    new BankInstance.Desk("north", 0.12, 0),
                    new BankInstance.Desk("south", 0.09, 7),
                    new BankInstance.Desk("west", 0.07, 14)),
            3));

    /** Five clients, five weeks of the series, volumes for a thousand agents. */
    static final List<Spec> LARGE = List.of(new Spec(
            "large-1000x7x5",
            1000,
            7,
            List.of(
                    new BankInstance.Desk("north", 0.55, 0),
                    new BankInstance.Desk("south", 0.45, 7),
                    new BankInstance.Desk("west", 0.37, 14),
                    new BankInstance.Desk("east", 0.28, 21),
                    new BankInstance.Desk("central", 0.22, 28)),
            4));

    /** The two small shapes on more seeds, to show the small results are not one lucky draw. */
    static final List<Spec> SMALL_SEEDS = Stream.concat(
                    LongStream.rangeClosed(1, 4)
                            .mapToObj(seed -> new Spec(
                                    "small-12x2 seed " + seed,
                                    12,
                                    2,
                                    List.of(new BankInstance.Desk("bank", 0.012, 0)),
                                    seed)),
                    LongStream.rangeClosed(1, 6)
                            .mapToObj(seed -> new Spec(
                                    "small-20x3 seed " + seed,
                                    20,
                                    3,
                                    List.of(new BankInstance.Desk("bank", 0.02, 0)),
                                    seed)))
            .toList();

    /**
     * CP-SAT's time to prove a seeded small instance's optimum when the compared budget was too short for it: those
     * instances are there to be compared with a proven optimum.
     */
    private static final int SEED_PROOF_SECONDS = 60;

    /** GLOP's time for the LP bound; the large week needs about 17 s. */
    private static final double LP_SECONDS = 120;

    private QualityBench() {}

    public static void main(String[] args) throws Exception {
        Path calls = Path.of(args.length > 0 ? args[0] : "../shared/data/bank_calls_5min.csv");
        int[] budgets = Arrays.stream((args.length > 1 ? args[1] : "10").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        String set = args.length > 2 ? args[2] : "small";
        List<Spec> specs = switch (set) {
            case "small" -> SMALL;
            case "medium" -> MEDIUM;
            case "large" -> LARGE;
            case "all" -> concat(SMALL, MEDIUM, LARGE);
            case "seeds" -> SMALL_SEEDS;
            default ->
                throw new IllegalArgumentException("instances are small, medium, large, all or seeds, not " + set);
        };
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Run %s with `bash bench/quality.sh` on %s, CP-SAT with %d workers.%n%n",
                LocalDate.now(), Machine.describe(), CpSatRoster.WORKERS));
        if (!set.equals("seeds")) {
            out.append(textbook(budgets));
        }
        out.append(bank(calls, specs, budgets, set.equals("seeds") ? SEED_PROOF_SECONDS : 0));
        if (args.length > 3) {
            BenchmarksSection.replace(Path.of(args[3]), "quality-bench " + set, out.toString());
        }
    }

    @SafeVarargs
    private static List<Spec> concat(List<Spec>... lists) {
        List<Spec> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    private static String textbook(int[] budgets) {
        Table table = new Table(
                "instance",
                "budget s",
                "known optimum",
                "CP-SAT shifts",
                "CP-SAT status",
                "Timefold shifts",
                "Timefold agent-slots short");
        for (int seconds : budgets) {
            for (TextbookInstance instance : TextbookInstance.ALL) {
                CyclicCover.Answer exact = CyclicCover.solve(instance.demand(), instance.shiftPeriods(), seconds);
                CyclicRoster.Answer ours = CyclicRoster.solve(instance, TimefoldRoster.config(seconds));
                table.row(
                        instance.name(),
                        seconds,
                        instance.knownOptimum(),
                        exact.shifts(),
                        exact.status(),
                        ours.shifts(),
                        ours.agentSlotsShort());
            }
        }
        return "Textbook instances with published optima:\n\n" + table;
    }

    /** @param proofSeconds when above the budget, CP-SAT runs again this long to prove an optimum the budget did not */
    private static String bank(Path calls, List<Spec> specs, int[] budgets, int proofSeconds) throws Exception {
        Map<Spec, Long> lpBounds = new LinkedHashMap<>();
        for (Spec spec : specs) {
            long started = System.nanoTime();
            lpBounds.put(spec, LpBound.medium(spec.instance(calls).roster(), LP_SECONDS));
            System.out.printf(
                    "LP bound %s: %d in %.1f s%n",
                    spec.name(), lpBounds.get(spec), (System.nanoTime() - started) / 1e9);
        }
        Table table = new Table(
                "instance",
                "budget s",
                "solver",
                "contacts at stake (medium)",
                "idle + below-minimum minutes (soft)",
                "CP-SAT bound: medium / soft",
                "LP bound: medium",
                "gap to best bound, medium",
                "gap to bound, soft",
                "coverage",
                "overstaffing",
                "projected service level",
                "first feasible s");
        for (int seconds : budgets) {
            for (Spec spec : specs) {
                BankInstance instance = spec.instance(calls);
                Roster forCpSat = instance.roster();
                CpSatRoster.Answer exact = CpSatRoster.solve(forCpSat, seconds);
                TimefoldRoster.Answer ours = TimefoldRoster.solve(instance.roster(), seconds);
                boolean proveLonger = proofSeconds > seconds && exact.status() != CpSolverStatus.OPTIMAL;
                Bounds bounds = proveLonger
                        ? new Bounds(
                                CpSatRoster.solve(instance.roster(), proofSeconds), lpBounds.get(spec), proofSeconds)
                        : new Bounds(exact, lpBounds.get(spec), 0);
                if (exact.found()) {
                    row(
                            table,
                            spec.name(),
                            seconds,
                            "CP-SAT",
                            Coverage.of(forCpSat, instance),
                            bounds,
                            exact.secondsToFirstFeasible());
                } else {
                    table.row(
                            spec.name(),
                            seconds,
                            "CP-SAT",
                            "no plan in time",
                            "–",
                            bounds.cpSat(),
                            bounds.lp(),
                            "–",
                            "–",
                            "–",
                            "–",
                            "–",
                            "–");
                }
                row(
                        table,
                        spec.name(),
                        seconds,
                        "Timefold",
                        Coverage.of(ours.best(), instance),
                        bounds,
                        ours.secondsToFirstFeasible());
                System.out.println("Timefold " + spec.name() + " " + seconds + " s: "
                        + ours.best().getScore()
                        + (exact.found()
                                ? "; CP-SAT's plan scored by the service: " + TimefoldRoster.score(forCpSat)
                                : ""));
            }
        }
        return "\nBank instances (contacts at stake = agents short × contacts each would have handled, summed over "
                + "intervals):\n\n" + table;
    }

    /**
     * CP-SAT's proven bounds (from a longer run of {@code provenInSeconds} when that is above 0) and the LP
     * relaxation's; a plan's gap is measured to the higher of the two.
     */
    private record Bounds(CpSatRoster.Answer exact, long lpMedium, int provenInSeconds) {

        long bestMedium() {
            return Math.max(exact.mediumBound(), lpMedium);
        }

        /** The soft bound means something only once the medium one is proven. */
        String cpSat() {
            String longer = provenInSeconds > 0 ? " in a " + provenInSeconds + " s run" : "";
            return exact.status() == CpSolverStatus.OPTIMAL
                    ? exact.mediumBound() + " / " + Math.round(exact.softBound()) + " (OPTIMAL" + longer + ")"
                    : exact.mediumBound() + " (" + exact.status() + longer + ")";
        }

        String lp() {
            return lpMedium < 0 ? "not solved" : String.valueOf(lpMedium);
        }
    }

    private static void row(
            Table table,
            String instance,
            int seconds,
            String solver,
            Coverage found,
            Bounds bounds,
            double firstFeasible) {
        table.row(
                instance,
                seconds,
                solver,
                found.shortStake(),
                found.soft(),
                bounds.cpSat(),
                bounds.lp(),
                gap(found.shortStake(), bounds.bestMedium()),
                found.shortStake() == bounds.exact().mediumBound()
                        ? gap(found.soft(), bounds.exact().softBound())
                        : "–",
                percent(found.coverage()),
                percent(found.overstaffing()),
                percent(found.serviceLevel()),
                firstFeasible < 0 ? "–" : String.format(Locale.ROOT, "%.2f", firstFeasible));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** How far above the proven bound, in per cent of the bound (0 % is proven optimal). */
    private static String gap(double value, double bound) {
        if (value <= bound) {
            return "0 %";
        }
        return bound <= 0 ? "∞" : String.format(Locale.ROOT, "%.2f %%", (value - bound) / bound * 100);
    }
}

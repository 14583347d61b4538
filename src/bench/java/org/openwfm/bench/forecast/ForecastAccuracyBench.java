package org.openwfm.bench.forecast;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.bench.quality.BenchmarksSection;
import org.openwfm.bench.quality.Machine;
import org.openwfm.forecast.method.Auto;
import org.openwfm.forecast.method.BackTest;
import org.openwfm.forecast.method.Combined;
import org.openwfm.forecast.method.DayGrid;
import org.openwfm.forecast.method.ForecastGenerator;
import org.openwfm.forecast.method.ForecastMethod;
import org.openwfm.forecast.method.HoltWinters;
import org.openwfm.forecast.method.SeasonalNaive;
import org.openwfm.forecast.method.WeekdayAverage;

/**
 * Forecast accuracy on the bank call series (issue 18): each method forecasts 14 days from a rolling origin at every
 * day of a window, and is scored against what came, at every lead day, on the slots where all four have a forecast
 * and the bank had calls. Two windows: the 12 weeks of origins before the last 12 ("tuning", the only one looked at
 * while choosing weights and grids) and the last 12 ("test"). Then the time to generate four weeks of contacts and
 * handle time with auto from a year of history. Run through {@code bench/forecast-accuracy.sh}.
 *
 * <pre>java -cp ... org.openwfm.bench.forecast.ForecastAccuracyBench calls.csv [BENCHMARKS.md]</pre>
 */
public final class ForecastAccuracyBench {

    static final int HORIZON = 14;
    static final int WINDOW_DAYS = 84;
    static final int[] REPORTED_LEADS = {1, 7, 14};
    static final double AHT_SECONDS = 180;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        DayGrid series = BankSeries.read(Path.of(args[0]));
        int lastOrigin = series.days() - HORIZON;
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Run %s on %s. Series %s to %s (%d days, %d with calls), 48 half-hour slots a day.%n%n",
                LocalDate.now(),
                Machine.describe(),
                series.firstDay(),
                series.lastDay(),
                series.days(),
                withCalls(series)));
        Window tuning = evaluate(series, lastOrigin - 2 * WINDOW_DAYS + 1, lastOrigin - WINDOW_DAYS);
        Window test = evaluate(series, lastOrigin - WINDOW_DAYS + 1, lastOrigin);
        out.append(tuning.table("Tuning window")).append('\n');
        out.append(test.table("Test window")).append('\n');
        out.append(timing(series));
        System.out.println(out);
        if (args.length > 1) {
            BenchmarksSection.replace(Path.of(args[1]), "forecast-accuracy", out.toString());
        }
    }

    private static int withCalls(DayGrid series) {
        int count = 0;
        for (int day = 0; day < series.days(); day++) {
            count += series.hasAny(day) ? 1 : 0;
        }
        return count;
    }

    /** Origins {@code from..to} (day indexes of the first forecast day), every day. */
    static Window evaluate(DayGrid series, int from, int to) {
        List<String> names =
                List.of(SeasonalNaive.NAME, WeekdayAverage.NAME, HoltWinters.NAME, Combined.NAME, Auto.NAME);
        Window window = new Window(series.date(from), series.date(to), to - from + 1, names);
        for (int origin = from; origin <= to; origin++) {
            DayGrid history = series.firstDays(origin);
            double scale = BackTest.naiveScale(history);
            Auto.Result auto = new Auto().run(history, HORIZON);
            List<DayGrid> forecasts = new ArrayList<>();
            HoltWinters holtWinters = new HoltWinters(new HoltWinters().fit(history));
            for (ForecastMethod method :
                    List.of(new SeasonalNaive(), new WeekdayAverage(), holtWinters, new Combined(holtWinters))) {
                forecasts.add(method.forecast(history, HORIZON));
            }
            forecasts.add(auto.forecast());
            for (int lead = 0; lead < HORIZON; lead++) {
                boolean scored = false;
                for (int slot = 0; slot < series.slotsPerDay(); slot++) {
                    double actual = series.at(origin + lead, slot);
                    if (Double.isNaN(actual) || anyUnknown(forecasts, lead, slot)) {
                        continue;
                    }
                    scored = true;
                    window.actual[lead] += actual;
                    window.points[lead]++;
                    for (int m = 0; m < names.size(); m++) {
                        double error = Math.abs(actual - forecasts.get(m).at(lead, slot));
                        window.absError[m][lead] += error;
                        window.scaledError[m][lead] += error / scale;
                    }
                }
                if (scored) {
                    window.autoChoices.get(lead).merge(auto.methodByLeadDay().get(lead + 1), 1, Integer::sum);
                }
            }
        }
        return window;
    }

    private static boolean anyUnknown(List<DayGrid> forecasts, int lead, int slot) {
        for (DayGrid forecast : forecasts) {
            if (Double.isNaN(forecast.at(lead, slot))) {
                return true;
            }
        }
        return false;
    }

    private static String timing(DayGrid series) {
        DayGrid year = BankSeries.year(series);
        double[] aht = year.values();
        for (int i = 0; i < aht.length; i++) {
            aht[i] = Double.isNaN(aht[i]) ? Double.NaN : AHT_SECONDS;
        }
        DayGrid ahtGrid = new DayGrid(year.firstDay(), year.slotsPerDay(), aht);
        double[] millis = new double[6];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            ForecastGenerator.generate(year, ahtGrid, 28, null);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        return String.format(
                "Generating 4 weeks (contacts and AHT, method auto with its back-test) from a year of history "
                        + "(%d days: the series followed by its own first %d days again, weekday for weekday; AHT a "
                        + "constant %.0f s): first run %.0f ms, median of the next five %.0f ms.%n",
                year.days(), year.days() - series.days(), AHT_SECONDS, millis[0], warm[warm.length / 2]);
    }

    /** Sums over a window's origins, per method and lead day (0-based). */
    static final class Window {
        final LocalDate firstOrigin;
        final LocalDate lastOrigin;
        final int origins;
        final List<String> names;
        final double[][] absError;
        final double[][] scaledError;
        final double[] actual = new double[HORIZON];
        final int[] points = new int[HORIZON];
        final List<Map<String, Integer>> autoChoices = new ArrayList<>();

        Window(LocalDate firstOrigin, LocalDate lastOrigin, int origins, List<String> names) {
            this.firstOrigin = firstOrigin;
            this.lastOrigin = lastOrigin;
            this.origins = origins;
            this.names = names;
            this.absError = new double[names.size()][HORIZON];
            this.scaledError = new double[names.size()][HORIZON];
            for (int lead = 0; lead < HORIZON; lead++) {
                autoChoices.add(new TreeMap<>());
            }
        }

        double wape(int method, int lead) {
            return absError[method][lead] / actual[lead];
        }

        double mase(int method, int lead) {
            return scaledError[method][lead] / points[lead];
        }

        double meanWape(int method) {
            return Arrays.stream(absError[method]).sum() / Arrays.stream(actual).sum();
        }

        String table(String title) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    "%s: %d origins, one a day, first forecast days %s to %s.%n%n",
                    title, origins, firstOrigin, lastOrigin));
            out.append("| method | WAPE 1 day | WAPE 1 week | WAPE 2 weeks | WAPE days 1-14 "
                    + "| MASE 1 day | MASE 1 week | MASE 2 weeks |\n");
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
            for (int m = 0; m < names.size(); m++) {
                out.append("| ").append(names.get(m));
                for (int lead : REPORTED_LEADS) {
                    out.append(String.format(" | %.2f %%", 100 * wape(m, lead - 1)));
                }
                out.append(String.format(" | %.2f %%", 100 * meanWape(m)));
                for (int lead : REPORTED_LEADS) {
                    out.append(String.format(" | %.3f", mase(m, lead - 1)));
                }
                out.append(" |\n");
            }
            out.append("\nAuto's choice per scored origin (lead day: method × origins): ");
            List<String> parts = new ArrayList<>();
            for (int lead = 0; lead < HORIZON; lead++) {
                Map<String, Integer> choices = new LinkedHashMap<>(autoChoices.get(lead));
                parts.add((lead + 1) + ": "
                        + choices.toString().replaceAll("[{}]", "").replace("=", " × "));
            }
            out.append(String.join("; ", parts)).append(".\n");
            out.append("\nWAPE by lead day, 1 to 14:\n\n| method |");
            for (int lead = 1; lead <= HORIZON; lead++) {
                out.append(' ').append(lead).append(" |");
            }
            out.append("\n|---|").append("--:|".repeat(HORIZON)).append('\n');
            for (int m = 0; m < names.size(); m++) {
                out.append("| ").append(names.get(m)).append(" |");
                for (int lead = 0; lead < HORIZON; lead++) {
                    out.append(points[lead] == 0 ? " - |" : String.format(" %.1f |", 100 * wape(m, lead)));
                }
                out.append('\n');
            }
            return out.toString();
        }
    }
}

package org.openwfm.forecast.method;

import java.util.ArrayList;
import java.util.List;

/**
 * Rolling-origin evaluation: cut the history at each origin, forecast from what came before, compare with what came
 * after. Used by {@link Auto} to choose, by a generation with a named method to report how that method did, and by
 * the accuracy benchmark.
 */
public final class BackTest {

    /** The fewest origins a generation's back-test has: four weeks, so each weekday is an origin four times. */
    static final int MIN_ORIGINS = 28;
    /** The most: six weeks; older origins would judge the methods on a channel that has since changed. */
    static final int MAX_ORIGINS = 42;
    /** How far ahead each origin forecasts, at most (fewer when the forecast asked for is shorter). */
    static final int MAX_HORIZON_DAYS = 14;

    private BackTest() {}

    /**
     * Days of history the back-test of a generation needs for these methods: {@value #MIN_ORIGINS} origins, the first
     * of which still leaves every method the history it needs, so even the first origin is fair to each.
     */
    public static int minimumHistoryDays(List<? extends ForecastMethod> methods) {
        return MIN_ORIGINS
                + methods.stream()
                        .mapToInt(ForecastMethod::minimumHistoryDays)
                        .max()
                        .orElse(0);
    }

    /**
     * The back-test a generation of {@code days} days reports, one rule for auto and a named method: an origin at
     * each of the last {@value #MIN_ORIGINS} to {@value #MAX_ORIGINS} days of the history (as many as it allows
     * beyond what the methods need), each forecasting up to {@value #MAX_HORIZON_DAYS} days ahead.
     *
     * @throws ThinHistoryException when the history spans fewer than {@link #minimumHistoryDays} days; its method is
     *     "a back-test of" the methods
     */
    public static BackTestReport recent(List<? extends ForecastMethod> methods, DayGrid history, int days) {
        int needed = minimumHistoryDays(methods);
        int have = history.observedSpanDays();
        if (have < needed) {
            String names =
                    String.join(", ", methods.stream().map(ForecastMethod::name).toList());
            throw new ThinHistoryException("a back-test of " + names, needed, have);
        }
        int originDays = Math.min(MAX_ORIGINS, have - (needed - MIN_ORIGINS));
        return run(List.copyOf(methods), history, originDays, Math.min(days, MAX_HORIZON_DAYS));
    }

    /**
     * Back-tests the methods from an origin at each of the last {@code originDays} days of the history, up to {@code
     * horizonDays} days ahead (fewer where the history ends sooner).
     */
    public static BackTestReport run(List<ForecastMethod> methods, DayGrid history, int originDays, int horizonDays) {
        int n = history.days();
        int first = n - originDays;
        if (first <= 0 || horizonDays <= 0) {
            throw new IllegalArgumentException("the history must be longer than the back-test window");
        }
        int slots = history.slotsPerDay();
        double[][] absError = new double[methods.size()][horizonDays];
        double[] actualSum = new double[horizonDays];
        int[] points = new int[horizonDays];
        for (int origin = first; origin < n; origin++) {
            DayGrid before = history.firstDays(origin);
            int days = Math.min(horizonDays, n - origin);
            List<DayGrid> forecasts = new ArrayList<>();
            for (ForecastMethod method : methods) {
                forecasts.add(method.forecast(before, days));
            }
            for (int lead = 0; lead < days; lead++) {
                for (int slot = 0; slot < slots; slot++) {
                    double actual = history.at(origin + lead, slot);
                    if (Double.isNaN(actual) || anyUnknown(forecasts, lead, slot)) {
                        continue;
                    }
                    actualSum[lead] += actual;
                    points[lead]++;
                    for (int m = 0; m < methods.size(); m++) {
                        absError[m][lead] += Math.abs(actual - forecasts.get(m).at(lead, slot));
                    }
                }
            }
        }
        double scale = naiveScale(history);
        List<MethodScore> scores = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            scores.add(score(methods.get(m).name(), absError[m], actualSum, points, scale));
        }
        return new BackTestReport(
                scores,
                history.date(first),
                history.date(n - 1),
                n - first,
                horizonDays,
                Double.isNaN(scale) ? null : scale);
    }

    /**
     * The in-sample mean absolute error of the one-week seasonal naive (each slot against the same slot a week
     * before), over slots where both are known: how hard the series is, so MASE compares across channels.
     */
    public static double naiveScale(DayGrid history) {
        int week = 7 * history.slotsPerDay();
        double sum = 0;
        int count = 0;
        for (int t = week; t < history.length(); t++) {
            double now = history.at(t);
            double before = history.at(t - week);
            if (!Double.isNaN(now) && !Double.isNaN(before)) {
                sum += Math.abs(now - before);
                count++;
            }
        }
        return count > 0 ? sum / count : Double.NaN;
    }

    private static boolean anyUnknown(List<DayGrid> forecasts, int lead, int slot) {
        for (DayGrid forecast : forecasts) {
            if (Double.isNaN(forecast.at(lead, slot))) {
                return true;
            }
        }
        return false;
    }

    private static MethodScore score(String name, double[] absError, double[] actualSum, int[] points, double scale) {
        List<LeadScore> leads = new ArrayList<>();
        double errorTotal = 0;
        double actualTotal = 0;
        int pointTotal = 0;
        for (int lead = 0; lead < points.length; lead++) {
            if (points[lead] == 0) {
                continue;
            }
            leads.add(new LeadScore(
                    lead + 1,
                    ratio(absError[lead], actualSum[lead]),
                    ratio(absError[lead] / points[lead], scale),
                    points[lead]));
            errorTotal += absError[lead];
            actualTotal += actualSum[lead];
            pointTotal += points[lead];
        }
        return new MethodScore(
                name,
                leads,
                ratio(errorTotal, actualTotal),
                pointTotal == 0 ? null : ratio(errorTotal / pointTotal, scale),
                pointTotal);
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator > 0 && !Double.isNaN(denominator) ? numerator / denominator : null;
    }
}

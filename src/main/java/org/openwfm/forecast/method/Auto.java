package org.openwfm.forecast.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chooses a method per lead day by a rolling-origin back-test on the history's own recent weeks ({@link
 * BackTest#recent}: an origin at each of the last 28 to 42 days, as many as the history allows beyond what
 * Holt-Winters needs, forecasting up to 14 days ahead), and for each lead day the method with the least absolute error
 * there. Taylor (2008) found smoothing best for the first two or three days and a weekday average beyond; the
 * back-test lets each channel say where its own crossover lies.
 *
 * <p>A lead day is judged on its own errors plus those of the lead days either side: one lead day of a four- to
 * six-week back-test is a few dozen days of evidence, and neighbouring leads behave alike, so pooling them halves the
 * noise that otherwise flips the choice from one lead to the next (chosen on the bank series' earlier weeks, see
 * BENCHMARKS.md). Lead days with no actuals in the back-test (a closed weekday) take the choice of the nearest earlier
 * lead that had some; lead days past the back-test's horizon that of its last scored lead. Where the chosen method
 * has nothing for a slot, the next best at that lead fills in.
 *
 * <p>Holt-Winters' parameters are fitted once, on the whole history, and the back-test replays the smoothing from each
 * origin with them. The multi-day errors that decide are never fitted to, but the parameters have seen the back-test
 * days' one-step errors: a small optimism for the smoothing methods, the price of one fit instead of one per origin.
 * Fitting on only the days before the first origin was tried and judged the smoothing on parameters from far less
 * history than the forecast itself would use, which made the back-test pick against it where it was better.
 */
public final class Auto implements ForecastMethod {

    public static final String NAME = "auto";
    static final int POOLED_LEADS = 1;

    /** The combined forecast, which method made each lead day (1 = the first), and the back-test it was chosen by. */
    public record Result(DayGrid forecast, Map<Integer, String> methodByLeadDay, BackTestReport backTest) {

        public Result {
            methodByLeadDay = Map.copyOf(methodByLeadDay);
        }
    }

    private final List<ForecastMethod> candidates;

    /** Chooses among seasonal naive, weekday average, Holt-Winters (fitted to each history) and their combination. */
    public Auto() {
        this(null);
    }

    /** Chooses among these (tests use it to pit two methods against each other on a made-up series). */
    Auto(List<ForecastMethod> candidates) {
        this.candidates = candidates;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The shortest back-test plus what Holt-Winters needs, so even the first origin is fair to every candidate. */
    @Override
    public int minimumHistoryDays() {
        return BackTest.MIN_ORIGINS + HoltWinters.INIT_DAYS;
    }

    @Override
    public DayGrid forecast(DayGrid history, int days) {
        return run(history, days).forecast();
    }

    public Result run(DayGrid history, int days) {
        requireHistory(history);
        List<ForecastMethod> candidates = this.candidates != null ? this.candidates : standardCandidates(history);
        BackTestReport report = BackTest.recent(candidates, history, days);
        List<List<ForecastMethod>> rankingByLead = rankings(report, candidates, days);

        // Each method runs at most once, and only when some slot asks for it.
        Map<String, DayGrid> forecasts = new HashMap<>();
        int slots = history.slotsPerDay();
        double[] out = new double[days * slots];
        Map<Integer, String> methodByLead = new LinkedHashMap<>();
        for (int lead = 0; lead < days; lead++) {
            List<ForecastMethod> ranking = rankingByLead.get(lead);
            methodByLead.put(lead + 1, ranking.get(0).name());
            for (int slot = 0; slot < slots; slot++) {
                out[lead * slots + slot] = firstKnown(forecasts, ranking, history, days, lead, slot);
            }
        }
        return new Result(new DayGrid(history.lastDay().plusDays(1), slots, out), methodByLead, report);
    }

    private static List<ForecastMethod> standardCandidates(DayGrid history) {
        HoltWinters holtWinters = new HoltWinters().fittedTo(history);
        return List.of(new SeasonalNaive(), new WeekdayAverage(), holtWinters, new Combined(holtWinters));
    }

    /** For each lead day (0-based), the candidates from best to worst. */
    private static List<List<ForecastMethod>> rankings(
            BackTestReport report, List<ForecastMethod> candidates, int days) {
        List<ForecastMethod> overall = rank(candidates, method -> pooled(report.of(method.name()), 1, days));
        List<List<ForecastMethod>> rankings = new ArrayList<>();
        List<ForecastMethod> last = null;
        for (int lead = 1; lead <= days; lead++) {
            int leadDay = lead;
            if (report.of(candidates.get(0).name()).at(leadDay) != null) {
                last = rank(
                        candidates,
                        method -> pooled(report.of(method.name()), leadDay - POOLED_LEADS, leadDay + POOLED_LEADS));
            }
            rankings.add(last != null ? last : overall);
        }
        return rankings;
    }

    /**
     * The absolute error summed over lead days {@code from..to}, in units of the naive scale (MASE times points; WAPE
     * times points when the series has no naive error to scale by). All candidates are scored on the same slots, so
     * the sums compare.
     */
    private static double pooled(MethodScore score, int from, int to) {
        double sum = 0;
        for (int lead = from; lead <= to; lead++) {
            LeadScore at = score.at(lead);
            if (at != null) {
                Double per = at.mase() != null ? at.mase() : at.wape();
                sum += at.points() * (per != null ? per : 0);
            }
        }
        return sum;
    }

    /** Best first; ties keep the candidates' order, which puts the simpler first. */
    private static List<ForecastMethod> rank(List<ForecastMethod> candidates, ToDoubleFunction<ForecastMethod> score) {
        List<ForecastMethod> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(score));
        return ranked;
    }

    private static double firstKnown(
            Map<String, DayGrid> forecasts,
            List<ForecastMethod> ranking,
            DayGrid history,
            int days,
            int lead,
            int slot) {
        for (ForecastMethod method : ranking) {
            double value = forecasts
                    .computeIfAbsent(method.name(), name -> method.forecast(history, days))
                    .at(lead, slot);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }
}

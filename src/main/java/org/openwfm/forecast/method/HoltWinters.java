package org.openwfm.forecast.method;

/**
 * Double seasonal Holt-Winters exponential smoothing in the style of Taylor (2003): a level, a within-day seasonal
 * (period one day of slots) and a within-week seasonal (period seven days of slots), plus a first-order
 * autoregressive correction of the one-step error, which fades within hours and so mostly keeps the level from
 * chasing short bursts while the parameters are fitted.
 *
 * <p><b>Additive, not multiplicative.</b> Real channels have zeros in quiet open intervals; a multiplicative model
 * divides by its seasonal indices, and an index that learns a zero makes the next division blow up. Additive
 * components take zeros as they are; the price is that a forecast can dip below zero, so it is clamped at 0.
 *
 * <p><b>No trend term.</b> A trend per half-hour is a tiny number fitted to noise, and projected two weeks ahead it
 * overshoots; the level alone follows a drift.
 *
 * <p><b>Unknown observations</b> (nights, closed hours, missing and excluded days) leave the state as it is: the time
 * index advances, the level and both seasonals keep their values, and nothing is learned from them. A forecast is NaN
 * where the same weekday and slot was not seen in the last {@value SeasonalNaive#LOOKBACK_WEEKS} weeks, as for the
 * seasonal naive method: the state there was never taught anything recent.
 *
 * <p>The parameters are fitted by minimising the in-sample one-step squared error ({@link SmoothingFit}), unless fixed
 * ones are given.
 */
public final class HoltWinters implements ForecastMethod {

    public static final String NAME = "holt-winters";
    static final int INIT_DAYS = 14;

    /** Smoothing of the level, the within-day and within-week seasonals, and the autoregressive correction. */
    public record Parameters(double alpha, double delta, double omega, double phi) {}

    private final Parameters fixed;

    /** Fits the parameters to each history it forecasts. */
    public HoltWinters() {
        this(null);
    }

    /** Uses these parameters for every history (the back-test fits once, then replays). */
    public HoltWinters(Parameters fixed) {
        this.fixed = fixed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumHistoryDays() {
        return INIT_DAYS;
    }

    @Override
    public DayGrid forecast(DayGrid history, int days) {
        requireHistory(history);
        Parameters parameters = fixed != null ? fixed : fit(history);
        DayGrid observed = trimmed(history);
        State state = State.initial(observed);
        state.run(observed, parameters, 0);
        int slots = history.slotsPerDay();
        double[] out = new double[days * slots];
        for (int lead = 0; lead < days; lead++) {
            for (int slot = 0; slot < slots; slot++) {
                int ahead = lead * slots + slot + 1;
                out[lead * slots + slot] = SameWeekday.seen(history, lead, slot, SeasonalNaive.LOOKBACK_WEEKS)
                        ? Math.max(0, state.predict(observed.length() - 1 + ahead, ahead, parameters.phi()))
                        : Double.NaN;
            }
        }
        return new DayGrid(history.lastDay().plusDays(1), slots, out);
    }

    /** With the parameters fitted to this history, or itself when they are fixed already. */
    @Override
    public HoltWinters fittedTo(DayGrid history) {
        return fixed != null ? this : new HoltWinters(fit(history));
    }

    /** The parameters with the least in-sample one-step squared error on this history. */
    public Parameters fit(DayGrid history) {
        requireHistory(history);
        DayGrid observed = trimmed(history);
        State initial = State.initial(observed);
        int scoreFrom = (observed.days() >= INIT_DAYS + 7 ? INIT_DAYS : 7) * observed.slotsPerDay();
        return SmoothingFit.minimise(parameters -> initial.copy().run(observed, parameters, scoreFrom));
    }

    /** The history from its first day with any actual: leading empty days would only delay the start. */
    private static DayGrid trimmed(DayGrid history) {
        int from = history.days() - history.observedSpanDays();
        return from == 0 ? history : history.slice(from, history.days());
    }

    /** Level, seasonals and the last one-step error, indexed by time step modulo each period. */
    private static final class State {
        private final int daySlots;
        private final int weekSlots;
        private double level;
        private final double[] day;
        private final double[] week;
        private double error;

        private State(int daySlots, double level, double[] day, double[] week) {
            this.daySlots = daySlots;
            this.weekSlots = 7 * daySlots;
            this.level = level;
            this.day = day;
            this.week = week;
        }

        /**
         * Starting values from the first two weeks: the level is their mean, the within-day seasonal each slot's mean
         * deviation from it, the within-week seasonal what is left of each week position's deviation. Positions never
         * seen start at 0.
         */
        static State initial(DayGrid observed) {
            int m1 = observed.slotsPerDay();
            int m2 = 7 * m1;
            int steps = Math.min(observed.length(), INIT_DAYS * m1);
            double sum = 0;
            int count = 0;
            double[] positionSum = new double[m2];
            int[] positionCount = new int[m2];
            for (int t = 0; t < steps; t++) {
                double y = observed.at(t);
                if (!Double.isNaN(y)) {
                    sum += y;
                    count++;
                    positionSum[t % m2] += y;
                    positionCount[t % m2]++;
                }
            }
            double level = count > 0 ? sum / count : 0;
            double[] weekMean = new double[m2];
            double[] day = new double[m1];
            int[] dayCount = new int[m1];
            for (int p = 0; p < m2; p++) {
                weekMean[p] = positionCount[p] > 0 ? positionSum[p] / positionCount[p] : Double.NaN;
                if (positionCount[p] > 0) {
                    day[p % m1] += weekMean[p] - level;
                    dayCount[p % m1]++;
                }
            }
            for (int s = 0; s < m1; s++) {
                day[s] = dayCount[s] > 0 ? day[s] / dayCount[s] : 0;
            }
            double[] week = new double[m2];
            for (int p = 0; p < m2; p++) {
                week[p] = Double.isNaN(weekMean[p]) ? 0 : weekMean[p] - level - day[p % m1];
            }
            return new State(m1, level, day, week);
        }

        State copy() {
            State copy = new State(daySlots, level, day.clone(), week.clone());
            copy.error = error;
            return copy;
        }

        /**
         * Smooths through every step of the history and returns the sum of squared one-step errors from step
         * {@code scoreFrom} on. Unknown steps change nothing but the fading of the autoregressive correction.
         */
        double run(DayGrid observed, Parameters p, int scoreFrom) {
            double squared = 0;
            for (int t = 0; t < observed.length(); t++) {
                double y = observed.at(t);
                int d = t % daySlots;
                int w = t % weekSlots;
                double base = level + day[d] + week[w];
                if (Double.isNaN(y)) {
                    error *= p.phi();
                    continue;
                }
                double oneStep = base + p.phi() * error;
                if (t >= scoreFrom) {
                    squared += (y - oneStep) * (y - oneStep);
                }
                error = y - base;
                double newLevel = level + p.alpha() * error;
                double newDay = p.delta() * (y - newLevel - week[w]) + (1 - p.delta()) * day[d];
                week[w] = p.omega() * (y - newLevel - day[d]) + (1 - p.omega()) * week[w];
                day[d] = newDay;
                level = newLevel;
            }
            return squared;
        }

        /** The forecast for time step {@code t}, {@code ahead} steps after the last one smoothed. */
        double predict(int t, int ahead, double phi) {
            return level + day[t % daySlots] + week[t % weekSlots] + Math.pow(phi, ahead) * error;
        }
    }
}

package org.openwfm.forecast.method;

/**
 * The mean of the Holt-Winters and weekday-average forecasts, slot by slot (the one known where the other is not).
 * Their errors differ in kind: smoothing follows the current level and carries its noise, the average is steady but
 * late to a change. Averaged, part of each cancels, and on the bank series the mean beats both from the second lead
 * day on (BENCHMARKS.md, forecast accuracy).
 */
public final class Combined implements ForecastMethod {

    public static final String NAME = "combined";

    private final HoltWinters holtWinters;
    private final WeekdayAverage weekdayAverage = new WeekdayAverage();

    public Combined() {
        this(new HoltWinters());
    }

    /** With this Holt-Winters (the back-test passes one with fixed parameters). */
    public Combined(HoltWinters holtWinters) {
        this.holtWinters = holtWinters;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumHistoryDays() {
        return holtWinters.minimumHistoryDays();
    }

    /** With its Holt-Winters fitted to this history. */
    @Override
    public Combined fittedTo(DayGrid history) {
        requireHistory(history);
        return new Combined(holtWinters.fittedTo(history));
    }

    @Override
    public DayGrid forecast(DayGrid history, int days) {
        requireHistory(history);
        return mean(holtWinters.forecast(history, days), weekdayAverage.forecast(history, days));
    }

    static DayGrid mean(DayGrid first, DayGrid second) {
        double[] a = first.values();
        double[] b = second.values();
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Double.isNaN(a[i]) ? b[i] : Double.isNaN(b[i]) ? a[i] : (a[i] + b[i]) / 2;
        }
        return new DayGrid(first.firstDay(), first.slotsPerDay(), out);
    }
}

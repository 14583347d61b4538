package org.openwfm.forecast.method;

/**
 * A weighted average of the same weekday and slot over the last {@link #WEEKS} weeks, newest weighted most: weights
 * 6, 5, 4, 3, 2, 1. Why these: six weeks average away most of the week-to-week noise of a half-hour count (the
 * weighted mean's variance is 91/441 = 0.21 of one week's, against 0.17 for six equal weights), while the linear
 * decline puts the centre of mass 2.7 weeks back instead of 3.5, so a level that drifts is followed sooner. Weeks where
 * the slot is unknown (missing, excluded, closed) are left out and the other weights renormalised; they never count as
 * zeros. NaN when none of the six weeks knows the slot.
 */
public final class WeekdayAverage implements ForecastMethod {

    public static final String NAME = "weekday-average";
    static final int WEEKS = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minimumHistoryDays() {
        return 7;
    }

    @Override
    public DayGrid forecast(DayGrid history, int days) {
        requireHistory(history);
        int slots = history.slotsPerDay();
        double[] out = new double[days * slots];
        for (int lead = 0; lead < days; lead++) {
            for (int slot = 0; slot < slots; slot++) {
                out[lead * slots + slot] = average(history, lead, slot);
            }
        }
        return new DayGrid(history.lastDay().plusDays(1), slots, out);
    }

    /** Weight of the week {@code back} weeks before the newest same weekday (0 = newest). */
    static double weight(int back) {
        return WEEKS - back;
    }

    private static double average(DayGrid history, int lead, int slot) {
        double sum = 0;
        double weights = 0;
        for (int back = 0; back < WEEKS; back++) {
            int day = SameWeekday.day(history.days(), lead, back);
            if (day < 0) {
                break;
            }
            double value = history.at(day, slot);
            if (!Double.isNaN(value)) {
                sum += weight(back) * value;
                weights += weight(back);
            }
        }
        return weights > 0 ? sum / weights : Double.NaN;
    }
}

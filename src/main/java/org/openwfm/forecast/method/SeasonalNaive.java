package org.openwfm.forecast.method;

/**
 * The same slot one week earlier; past the first week, the last observed week repeated. Where that day or slot is
 * unknown (a missing or excluded day), the same slot a week further back, up to {@link #LOOKBACK_WEEKS} weeks; NaN
 * after that, so a slot closed for two months stays closed.
 */
public final class SeasonalNaive implements ForecastMethod {

    public static final String NAME = "seasonal-naive";
    static final int LOOKBACK_WEEKS = 8;

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
                out[lead * slots + slot] = lastKnown(history, lead, slot);
            }
        }
        return new DayGrid(history.lastDay().plusDays(1), slots, out);
    }

    private static double lastKnown(DayGrid history, int lead, int slot) {
        for (int back = 0; back < LOOKBACK_WEEKS; back++) {
            int day = SameWeekday.day(history.days(), lead, back);
            if (day < 0) {
                break;
            }
            double value = history.at(day, slot);
            if (!Double.isNaN(value)) {
                return value;
            }
        }
        return Double.NaN;
    }
}

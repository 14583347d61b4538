package org.openwfm.forecast.method;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How much busier an event day is than an ordinary one, and applying that to a forecast day. Learned from past days
 * of the same event: each one's actual total over the total a weekday average would have forecast for it from the
 * history before it (with earlier days of the event masked, so one sale does not inflate the next one's baseline).
 * Totals are taken over slots where both are known, so a day that opened longer does not count as an uplift.
 */
public final class EventUplift {

    private EventUplift() {}

    /**
     * The mean uplift over the past event days, or empty when none can be measured (outside the history, no actuals,
     * less than a week of history before it, or a baseline of zero).
     *
     * @param history actuals with excluded dates already masked but the event's days left in
     */
    public static OptionalDouble learn(DayGrid history, List<LocalDate> pastDaysOfThatEvent) {
        Set<LocalDate> eventDays = new HashSet<>(pastDaysOfThatEvent);
        WeekdayAverage baseline = new WeekdayAverage();
        double sum = 0;
        int count = 0;
        for (LocalDate date : eventDays) {
            if (!history.contains(date)) {
                continue;
            }
            int day = history.dayOf(date);
            DayGrid before = SpecialDays.mask(history.firstDays(day), eventDays);
            if (before.observedSpanDays() < baseline.minimumHistoryDays()) {
                continue;
            }
            DayGrid expected = baseline.forecast(before, 1);
            double actualTotal = 0;
            double expectedTotal = 0;
            for (int slot = 0; slot < history.slotsPerDay(); slot++) {
                double actual = history.at(day, slot);
                double forecast = expected.at(0, slot);
                if (!Double.isNaN(actual) && !Double.isNaN(forecast)) {
                    actualTotal += actual;
                    expectedTotal += forecast;
                }
            }
            if (expectedTotal > 0) {
                sum += actualTotal / expectedTotal;
                count++;
            }
        }
        return count > 0 ? OptionalDouble.of(sum / count) : OptionalDouble.empty();
    }

    /** The forecast with every slot of {@code day} multiplied by {@code uplift}; other days as they were. */
    public static DayGrid apply(DayGrid forecast, LocalDate day, double uplift) {
        if (!(uplift >= 0) || Double.isInfinite(uplift)) {
            throw new IllegalArgumentException("uplift must be a finite number >= 0, was " + uplift);
        }
        if (!forecast.contains(day)) {
            return forecast;
        }
        double[] values = forecast.values();
        int slots = forecast.slotsPerDay();
        int from = forecast.dayOf(day) * slots;
        for (int i = from; i < from + slots; i++) {
            values[i] *= uplift;
        }
        return new DayGrid(forecast.firstDay(), slots, values);
    }
}

package org.openwfm.forecast.method;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days that must not teach a model: excluded dates (an outage, a one-off) and past event days. Masked to NaN before any
 * method sees the history, they are treated like missing days, never like quiet ones.
 */
public final class SpecialDays {

    private SpecialDays() {}

    /** The history with every given date inside it set to unknown; dates outside the grid are ignored. */
    public static DayGrid mask(DayGrid history, Set<LocalDate> dates) {
        double[] values = history.values();
        int slots = history.slotsPerDay();
        for (LocalDate date : dates) {
            if (history.contains(date)) {
                int day = history.dayOf(date);
                java.util.Arrays.fill(values, day * slots, (day + 1) * slots, Double.NaN);
            }
        }
        return new DayGrid(history.firstDay(), slots, values);
    }
}

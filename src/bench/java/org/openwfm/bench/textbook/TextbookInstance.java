package org.openwfm.bench.textbook;

import java.util.Arrays;
import java.util.List;

/**
 * A published shift-covering instance with a known optimum: staff demanded per period of a day that repeats
 * (a shift running past midnight covers the same day's first periods), shifts of {@code shiftPeriods}
 * consecutive periods starting at any period, and the fewest shifts that meet every period.
 */
public record TextbookInstance(String name, int[] demand, int periodMinutes, int shiftPeriods, long knownOptimum) {

    /** Taha's bus problem: six 4-hour periods, 8-hour shifts. */
    public static final TextbookInstance TAHA_BUSES =
            new TextbookInstance("Taha buses", new int[] {8, 10, 7, 12, 4, 4}, 240, 2, 26);

    /** A day in hours with 8-hour shifts starting on any hour. */
    public static final TextbookInstance DAY_OF_EIGHT_HOUR_SHIFTS = new TextbookInstance(
            "24 h, 8-hour shifts",
            new int[] {6, 6, 6, 6, 6, 8, 9, 12, 18, 22, 25, 21, 21, 20, 18, 21, 21, 24, 24, 18, 18, 18, 12, 8},
            60,
            8,
            55);

    public static final List<TextbookInstance> ALL = List.of(TAHA_BUSES, DAY_OF_EIGHT_HOUR_SHIFTS);

    /** Staff that work at once at the busiest period. */
    public int peakDemand() {
        return Arrays.stream(demand).max().orElse(0);
    }
}

package org.openwfm.forecast.method;

import java.time.LocalDate;
import java.util.function.IntBinaryOperator;

/** Small made-up histories for the method tests. Day 0 is a Monday. */
final class Grids {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private Grids() {}

    /** {@code days} days of {@code slots} slots, each value from (day, slot). */
    static DayGrid of(int days, int slots, IntBinaryOperator value) {
        double[] values = new double[days * slots];
        for (int day = 0; day < days; day++) {
            for (int slot = 0; slot < slots; slot++) {
                values[day * slots + slot] = value.applyAsInt(day, slot);
            }
        }
        return new DayGrid(MONDAY, slots, values);
    }

    /** One slot a day, values as given. */
    static DayGrid daily(double... values) {
        return new DayGrid(MONDAY, 1, values);
    }

    /** The same grid with one slot unknown. */
    static DayGrid unknownAt(DayGrid grid, int day, int slot) {
        double[] values = grid.values();
        values[day * grid.slotsPerDay() + slot] = Double.NaN;
        return new DayGrid(grid.firstDay(), grid.slotsPerDay(), values);
    }

    static DayGrid unknownDay(DayGrid grid, int day) {
        DayGrid out = grid;
        for (int slot = 0; slot < grid.slotsPerDay(); slot++) {
            out = unknownAt(out, day, slot);
        }
        return out;
    }
}

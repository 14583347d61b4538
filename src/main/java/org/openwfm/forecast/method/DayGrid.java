package org.openwfm.forecast.method;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * History (or a forecast) of one client channel on its local clock: {@code values[day * slotsPerDay + slot]}; NaN
 * means nothing is known there (no actuals, closed, night, an excluded day). Immutable: the array is copied in and
 * out, so a method can never change the history it was given.
 */
public record DayGrid(LocalDate firstDay, int slotsPerDay, double[] values) {

    public DayGrid {
        if (firstDay == null) {
            throw new IllegalArgumentException("firstDay is required");
        }
        if (slotsPerDay <= 0) {
            throw new IllegalArgumentException("slotsPerDay must be positive, was " + slotsPerDay);
        }
        if (values == null || values.length % slotsPerDay != 0) {
            throw new IllegalArgumentException("values must hold whole days of " + slotsPerDay + " slots");
        }
        values = values.clone();
    }

    /** A grid of {@code days} days with nothing known yet. */
    public static DayGrid unknown(LocalDate firstDay, int slotsPerDay, int days) {
        double[] values = new double[days * slotsPerDay];
        Arrays.fill(values, Double.NaN);
        return new DayGrid(firstDay, slotsPerDay, values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int days() {
        return values.length / slotsPerDay;
    }

    public double at(int day, int slot) {
        return values[day * slotsPerDay + slot];
    }

    /** The value at a flat index {@code day * slotsPerDay + slot}. */
    public double at(int index) {
        return values[index];
    }

    public int length() {
        return values.length;
    }

    public LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days() - 1L);
    }

    /** The day index of a date; negative or {@code >= days()} when the date lies outside the grid. */
    public int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    public boolean contains(LocalDate date) {
        int day = dayOf(date);
        return day >= 0 && day < days();
    }

    /** The first {@code days} days: the history as it stood at the end of day {@code days - 1}. */
    public DayGrid firstDays(int days) {
        return new DayGrid(firstDay, slotsPerDay, Arrays.copyOf(values, days * slotsPerDay));
    }

    /** Days {@code from} (inclusive) to {@code to} (exclusive). */
    public DayGrid slice(int from, int to) {
        return new DayGrid(date(from), slotsPerDay, Arrays.copyOfRange(values, from * slotsPerDay, to * slotsPerDay));
    }

    /** Sum of the known values of one day; NaN when none is known. */
    public double dayTotal(int day) {
        double sum = 0;
        boolean any = false;
        for (int slot = 0; slot < slotsPerDay; slot++) {
            double value = at(day, slot);
            if (!Double.isNaN(value)) {
                sum += value;
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    public boolean hasAny(int day) {
        return !Double.isNaN(dayTotal(day));
    }

    /**
     * Days from the first day with any known value through the last day of the grid: how much history a method really
     * has (leading empty days teach nothing); 0 when nothing is known.
     */
    public int observedSpanDays() {
        for (int day = 0; day < days(); day++) {
            if (hasAny(day)) {
                return days() - day;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DayGrid grid
                && firstDay.equals(grid.firstDay)
                && slotsPerDay == grid.slotsPerDay
                && Arrays.equals(values, grid.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * firstDay.hashCode() + slotsPerDay) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DayGrid[" + firstDay + ", " + days() + " days of " + slotsPerDay + " slots]";
    }
}

package org.openwfm.sampledata;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Moves the sample data, written for the four weeks from {@link #REFERENCE_MONDAY}, so that its first week is
 * the current one. Each instant moves by whole days of its own zone's calendar (the client's for forecasts,
 * the agent's for time off), so a 09:00 opening stays 09:00 local across a daylight-saving change.
 */
final class DemoCalendar {

    /** The Monday the sample files are written for. */
    static final LocalDate REFERENCE_MONDAY = LocalDate.of(2026, 11, 30);

    private final LocalDate firstMonday;

    /** @param firstMonday the Monday the demo's first week starts on */
    DemoCalendar(LocalDate firstMonday) {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("The demo's first week must start on a Monday, not " + firstMonday);
        }
        this.firstMonday = firstMonday;
    }

    /** The Monday of the week that holds the clock's today in the given zone. */
    static LocalDate currentMonday(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    LocalDate firstMonday() {
        return firstMonday;
    }

    /** The sample instant moved to the demo's weeks, keeping its local time of day in {@code zone}. */
    Instant moved(Instant sample, ZoneId zone) {
        return sample.atZone(zone).plusDays(shiftDays()).toInstant();
    }

    /** The sample date moved to the demo's weeks: the same weekday, as many weeks from the first Monday. */
    LocalDate moved(LocalDate sample) {
        return sample.plusDays(shiftDays());
    }

    private long shiftDays() {
        return ChronoUnit.DAYS.between(REFERENCE_MONDAY, firstMonday);
    }
}

package org.openwfm.shared.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.openwfm.shared.error.InvalidRequestException;

/** Weeks are named by their Monday, within the years both databases store. */
public final class Weeks {

    private Weeks() {}

    /** The Monday of the week, in the zone, that the instant falls in. */
    public static LocalDate mondayOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the week the date falls in. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Refuses (400, naming the field) a date that is not a Monday between 1970 and 9998. */
    public static LocalDate requireMonday(String field, LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw InvalidRequestException.field(
                    field, weekStart + " is a " + weekStart.getDayOfWeek() + ", not a Monday");
        }
        if (weekStart.getYear() < 1970 || weekStart.getYear() > 9998) {
            throw InvalidRequestException.field(field, "must lie in the years 1970 to 9998");
        }
        return weekStart;
    }
}

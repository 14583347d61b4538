package org.openwfm.selfservice.timeoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How much of the allowance a request uses. Counted per local day of the agent: the request's length that day,
 * capped at the contract's longest working day, and nothing on a weekday the agent is never available. So a week
 * off (Monday 00:00 to Monday 00:00) of an agent with 8-hour days available Monday to Friday counts 5 × 8 = 40 h,
 * not 168 h, and an afternoon off counts its own hours. A day belongs to its year, so a request over New Year
 * counts in both.
 */
final class TimeOffHours {

    private TimeOffHours() {}

    /**
     * @param workingDays the weekdays the agent has availability on; empty when the agent has no weekly availability
     *     at all, which means available any day (as the roster reads it)
     * @return counted minutes by year, only years with some
     */
    static SortedMap<Integer, Long> minutesByYear(
            Instant start, Instant end, ZoneId zone, int maxDailyMinutes, Set<DayOfWeek> workingDays) {
        SortedMap<Integer, Long> byYear = new TreeMap<>();
        LocalDate last = end.minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!workingDays.isEmpty() && !workingDays.contains(day.getDayOfWeek())) {
                continue;
            }
            Instant from = latest(start, day.atStartOfDay(zone).toInstant());
            Instant to = earliest(end, day.plusDays(1).atStartOfDay(zone).toInstant());
            long minutes = Math.min(Duration.between(from, to).toMinutes(), maxDailyMinutes);
            if (minutes > 0) {
                byYear.merge(day.getYear(), minutes, Long::sum);
            }
        }
        return byYear;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

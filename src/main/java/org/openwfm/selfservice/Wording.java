package org.openwfm.selfservice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How refusal reasons say times and durations, so every rule reads alike. */
final class Wording {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Wording() {}

    /** "4 h", "30 min", "3 h 30 min". */
    static String duration(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** "Tue 2026-12-01 09:00" in the zone. */
    static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    /** "Tue 2026-12-01". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Tue 2026-12-01 09:00–13:00" in the zone (the end as a clock time). */
    static String span(Instant start, Instant end, ZoneId zone) {
        return local(start, zone) + "–" + CLOCK.format(end.atZone(zone));
    }

    /** "in 5 h 30 min" or "5 min ago", in whole minutes. */
    static String fromNow(Instant instant, Instant now) {
        long minutes = Duration.between(now, instant).toMinutes();
        return minutes >= 0 ? "in " + duration(minutes) : duration(-minutes) + " ago";
    }

    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}

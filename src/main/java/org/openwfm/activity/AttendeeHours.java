package org.openwfm.activity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.workforce.Availability;

/**
 * Whether an attendee's weekly hours, in its own zone, leave room for an activity's window in the window's zone:
 * both are laid on the instants of one sample week, so zones and daylight saving are taken as they are that week.
 */
final class AttendeeHours {

    private AttendeeHours() {}

    /**
     * Whether some weekly window of the attendee overlaps some day of the activity's window by at least
     * {@code lengthMinutes}, in the week from {@code monday} (a date in the window's zone).
     */
    static boolean fits(
            ActivityWindow window, int lengthMinutes, LocalDate monday, List<Availability> hours, ZoneId own) {
        ZoneId zone = ZoneId.of(window.timeZone());
        Duration length = Duration.ofMinutes(lengthMinutes);
        for (DayOfWeek day : window.days()) {
            LocalDate date = monday.plusDays(day.ordinal());
            Instant from = at(date, window.startMinute(), zone);
            Instant to = at(date, window.endMinute(), zone);
            // The attendee's own calendar days around it: a zone apart can put its day before or after.
            for (LocalDate ownDate = date.minusDays(1);
                    !ownDate.isAfter(date.plusDays(1));
                    ownDate = ownDate.plusDays(1)) {
                for (Availability span : hours) {
                    if (span.dayOfWeek != ownDate.getDayOfWeek()) {
                        continue;
                    }
                    Instant start = max(from, at(ownDate, span.startMinute, own));
                    Instant end = min(to, at(ownDate, span.endMinute, own));
                    if (!Duration.between(start, end).minus(length).isNegative()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "Tue–Thu 10:00–16:00 America/New_York": runs of three days or more shortened. */
    static String describe(ActivityWindow window) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> days = window.days().stream().sorted().toList();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size()
                    && days.get(j + 1).ordinal() == days.get(j).ordinal() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(name(days.get(i)) + "–" + name(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(name(days.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts) + " " + MinuteOfDay.format(window.startMinute()) + "–"
                + MinuteOfDay.format(window.endMinute()) + " " + window.timeZone();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static Instant at(LocalDate date, int minuteOfDay, ZoneId zone) {
        return LocalDateTime.of(date, java.time.LocalTime.MIDNIGHT)
                .plusMinutes(minuteOfDay)
                .atZone(zone)
                .toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

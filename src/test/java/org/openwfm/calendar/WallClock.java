package org.openwfm.calendar;

import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.util.DateTimeComponents;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a written date-time back as RFC 5545 says a reader must: a UTC value as it is, a local one through the
 * document's VTIMEZONE (the offset of the last observance whose onset, in local time, is not after it, so a repeated
 * local time names its first instant). biweekly's own VTIMEZONE-based time zone compares UTC fields with local
 * onsets, which is off by the zone's offset around a change, so the tests read the definition themselves.
 */
final class WallClock {

    private WallClock() {}

    static String start(ICalendar calendar, Map<String, VEvent> events, String uid) {
        return instantOf(calendar, events.get(uid).getDateStart());
    }

    static String end(ICalendar calendar, Map<String, VEvent> events, String uid) {
        return instantOf(calendar, events.get(uid).getDateEnd());
    }

    static String instantOf(ICalendar calendar, DateOrDateTimeProperty property) {
        LocalDateTime written = local(property.getValue().getRawComponents());
        if (property.getValue().getRawComponents().isUtc()) {
            return written.toInstant(ZoneOffset.UTC).toString();
        }
        VTimezone zone = calendar.getTimezoneInfo().getTimezone(property).getComponent();
        Observance inEffect = Stream.concat(zone.getStandardTimes().stream(), zone.getDaylightSavingsTime().stream())
                .filter(observance -> !onset(observance).isAfter(written))
                .max(Comparator.comparing(WallClock::onset))
                .orElseThrow(() -> new AssertionError(
                        "no observance of " + zone.getTimezoneId().getValue() + " is in effect at " + written));
        int offsetSeconds = (int) (inEffect.getTimezoneOffsetTo().getValue().getMillis() / 1000);
        return written.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)).toString();
    }

    private static LocalDateTime onset(Observance observance) {
        return local(observance.getDateStart().getValue().getRawComponents());
    }

    private static LocalDateTime local(DateTimeComponents value) {
        return LocalDateTime.of(
                value.getYear(),
                value.getMonth(),
                value.getDate(),
                value.getHour(),
                value.getMinute(),
                value.getSecond());
    }
}

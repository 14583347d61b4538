package org.openwfm.calendar;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * A VTIMEZONE for a zone over a span, written from the JDK's own zone rules: the same rules that turn the events'
 * instants into local times, and nothing to fetch from the network (biweekly would download one from tzurl.org).
 * Each offset change in the span is one observance, starting at the local time it takes effect (in the offset
 * before it, as RFC 5545 counts it), after the change in effect when the span starts.
 */
final class ZoneDefinitions {

    /** Where a zone that never changes its offset says its one observance began. */
    private static final LocalDateTime SINCE_EVER = LocalDateTime.of(1970, 1, 1, 0, 0);

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private ZoneDefinitions() {}

    /** The zone's definition covering [from, to]. */
    static VTimezone of(ZoneId zone, Instant from, Instant to) {
        VTimezone definition = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition inEffect = rules.previousTransition(from.plusNanos(1));
        if (inEffect == null) {
            ZoneOffset offset = rules.getOffset(from);
            definition.addStandardTime((StandardTime)
                    observance(new StandardTime(), SINCE_EVER, offset, offset, abbreviation(zone, from)));
        } else {
            definition.addComponent(observance(zone, inEffect));
        }
        for (ZoneOffsetTransition next = rules.nextTransition(from);
                next != null && !next.getInstant().isAfter(to);
                next = rules.nextTransition(next.getInstant())) {
            definition.addComponent(observance(zone, next));
        }
        return definition;
    }

    private static Observance observance(ZoneId zone, ZoneOffsetTransition change) {
        boolean daylight = zone.getRules().isDaylightSavings(change.getInstant());
        return observance(
                daylight ? new DaylightSavingsTime() : new StandardTime(),
                change.getDateTimeBefore(),
                change.getOffsetBefore(),
                change.getOffsetAfter(),
                abbreviation(zone, change.getInstant()));
    }

    private static Observance observance(
            Observance observance, LocalDateTime onset, ZoneOffset before, ZoneOffset after, String name) {
        observance.setDateStart(new DateTimeComponents(
                onset.getYear(),
                onset.getMonthValue(),
                onset.getDayOfMonth(),
                onset.getHour(),
                onset.getMinute(),
                onset.getSecond(),
                false));
        observance.setTimezoneOffsetFrom(new UtcOffset(before.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(after.getTotalSeconds() * 1000L));
        observance.addTimezoneName(name);
        return observance;
    }

    private static String abbreviation(ZoneId zone, Instant at) {
        return ABBREVIATION.format(at.atZone(zone));
    }
}

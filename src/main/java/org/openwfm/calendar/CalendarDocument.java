package org.openwfm.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ICalProperty;
import biweekly.util.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.time.TimeSpan;

/**
 * One agent's published shifts, breaks and sessions as an iCalendar document (RFC 5545). Times are written in the
 * agent's zone with its VTIMEZONE, so a calendar app shows the agent's wall clock; a time the zone repeats (the hour
 * clocks go back) is written in UTC instead, since a local time there would name the first of the two instants.
 *
 * <p>UIDs come from stored ids, so an event keeps its UID across fetches while it exists: a shift by its id, a break
 * by its shift and start, a session by its key and the week it falls in (one activity's sessions share a key every
 * week).
 */
final class CalendarDocument {

    static final String PRODUCT_ID = "-//OpenWFM//Agent calendar feed//EN";
    private static final String DOMAIN = "@openwfm";
    /** How often a calendar app should fetch the feed again. */
    private static final Duration REFRESH = new Duration.Builder().hours(1).build();

    private final ZoneId zone;
    private final Date stamp;
    private final Function<String, String> clientNames;
    private final ICalendar calendar = new ICalendar();
    private final TimezoneAssignment local;

    /**
     * @param span from the first instant the feed covers to the end of its last event
     * @param clientNames a client's name by its id
     */
    CalendarDocument(String agentId, ZoneId zone, Instant now, TimeSpan span, Function<String, String> clientNames) {
        this.zone = zone;
        this.stamp = Date.from(now);
        this.clientNames = clientNames;
        this.local =
                new TimezoneAssignment(TimeZone.getTimeZone(zone), ZoneDefinitions.of(zone, span.start(), span.end()));
        String name = "OpenWFM shifts of " + agentId;
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod("PUBLISH");
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        calendar.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        calendar.setRefreshInterval(REFRESH);
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
        // The zone's definition goes out even when every time happens to be written in UTC.
        calendar.getTimezoneInfo().getTimezones().add(local);
    }

    /** The document of these shifts (with their breaks) and sessions. */
    static String write(
            String agentId,
            ZoneId zone,
            Instant now,
            TimeSpan span,
            Function<String, String> clientNames,
            List<PublishedWeeks.Shift> shifts,
            List<ScheduledActivity> sessions) {
        CalendarDocument document = new CalendarDocument(agentId, zone, now, span, clientNames);
        shifts.stream()
                .sorted(Comparator.comparing(
                        (PublishedWeeks.Shift s) -> s.shift().start()))
                .forEach(document::addShift);
        Set<String> sessionUids = new HashSet<>();
        sessions.forEach(session -> document.addSession(session, sessionUids));
        return Biweekly.write(document.calendar).go();
    }

    private void addShift(PublishedWeeks.Shift published) {
        ChannelKey channel = published.shift().channel();
        String where = clientNames.apply(channel.clientId()) + " (" + channel.clientId() + "), " + channel.channel();
        String uid = "shift-" + published.shiftId();
        VEvent shift = event(uid, published.span());
        shift.setSummary(channel.clientId() + " " + channel.channel());
        shift.setLocation(where);
        shift.setDescription("Shift on client " + where + ".");
        shift.addCategories("Shift");
        for (TimeSpan pause : published.shift().breaks()) {
            VEvent breakEvent = event(uid + "-break-" + pause.start().getEpochSecond(), pause);
            breakEvent.setSummary("Break");
            breakEvent.setLocation(where);
            breakEvent.setDescription("Break in the " + channel.clientId() + " " + channel.channel() + " shift.");
            breakEvent.addCategories("Break");
        }
    }

    private void addSession(ScheduledActivity session, Set<String> uids) {
        String week = session.start()
                .atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toString();
        String uid = "session-" + session.key() + "-" + week;
        if (!uids.add(uid)) {
            return; // placed by two published schedules of the week: one event
        }
        VEvent event = event(uid, session.span());
        event.setSummary(session.name());
        String description = Stream.of(
                        kindName(session.kind()),
                        session.teamName() == null ? null : "team " + session.teamName(),
                        session.supervisorName() == null ? null : "with " + session.supervisorName())
                .filter(part -> part != null)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        event.setDescription(description + ".");
        event.addCategories(kindName(session.kind()));
    }

    private VEvent event(String uid, TimeSpan span) {
        VEvent event = new VEvent();
        event.setUid(uid + DOMAIN);
        event.setDateTimeStamp(stamp);
        DateStart start = event.setDateStart(Date.from(span.start()), true);
        DateEnd end = event.setDateEnd(Date.from(span.end()), true);
        writeLocallyWhereUnambiguous(start, span.start());
        writeLocallyWhereUnambiguous(end, span.end());
        calendar.addEvent(event);
        return event;
    }

    private void writeLocallyWhereUnambiguous(ICalProperty property, Instant at) {
        TimezoneInfo zones = calendar.getTimezoneInfo();
        boolean repeated = zone.getRules()
                        .getValidOffsets(at.atZone(zone).toLocalDateTime())
                        .size()
                > 1;
        if (!repeated) {
            zones.setTimezone(property, local);
        }
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case ScheduledActivity.TEAM_MEETING -> "Team meeting";
            case ScheduledActivity.COACHING -> "Coaching";
            case ScheduledActivity.TRAINING -> "Training";
            default -> kind;
        };
    }
}

package org.openwfm.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the sample's client data lands: each client's {@link DemoCalendar}, in its own zone. Forecasts, actuals and
 * special days all move by it, so that they keep lining up with each other whatever the week.
 */
final class DemoWeeks {

    private final Map<String, ZoneId> zones;
    private final Map<String, DemoCalendar> calendars;

    /**
     * @param zones each client's zone, by client id
     * @param calendars each client's calendar, by client id
     */
    DemoWeeks(Map<String, ZoneId> zones, Map<String, DemoCalendar> calendars) {
        this.zones = Map.copyOf(zones);
        this.calendars = Map.copyOf(calendars);
    }

    LocalDate moved(String clientId, LocalDate sample) {
        return calendars.get(clientId).moved(sample);
    }

    /**
     * The sample CSV (our own file: plain fields, no quotes; client_id, channel and interval_start first) with every
     * interval start moved to the demo's weeks.
     */
    String movedCsv(String csv) {
        return movedCsv(csv, start -> true);
    }

    /** As {@link #movedCsv(String)}, keeping only the intervals that have begun by {@code now}: what has happened. */
    String movedCsvBegunBy(String csv, Instant now) {
        return movedCsv(csv, start -> !start.isAfter(now));
    }

    private String movedCsv(String csv, Predicate<Instant> keep) {
        List<String> lines = csv.lines().toList();
        StringBuilder out = new StringBuilder(csv.length()).append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Instant start = calendars.get(fields[0]).moved(Instant.parse(fields[2]), zones.get(fields[0]));
            if (keep.test(start)) {
                fields[2] = start.toString();
                out.append(String.join(",", fields)).append('\n');
            }
        }
        return out.toString();
    }
}

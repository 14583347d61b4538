package org.openwfm.roster.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.TimeOff;

/** The planned span on the UTC grain, and conversions from instants and local times into it. */
record Horizon(Instant start, Instant end, int grainMinutes) {

    int intervals() {
        return (int) ((end.getEpochSecond() - start.getEpochSecond()) / (grainMinutes * 60L));
    }

    int indexOf(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond() - start.getEpochSecond(), grainMinutes * 60L);
    }

    /** Index of the first interval starting at or after the instant. */
    int ceilIndexOf(Instant instant) {
        long seconds = instant.getEpochSecond() - start.getEpochSecond();
        return (int) Math.floorDiv(seconds + grainMinutes * 60L - 1, grainMinutes * 60L);
    }

    /** Every interval that time off touches, clipped to the horizon. */
    IndexRange covering(TimeOff off) {
        return clip(indexOf(off.start), ceilIndexOf(off.end));
    }

    IndexRange clip(int from, int to) {
        return new IndexRange(Math.max(0, from), Math.min(intervals(), to));
    }

    LocalDate firstLocalDate(ZoneId zone) {
        return start.atZone(zone).toLocalDate();
    }

    LocalDate lastLocalDate(ZoneId zone) {
        return end.minusSeconds(1).atZone(zone).toLocalDate();
    }

    /**
     * Availability windows per local date, as whole intervals inside the agent's local window (DST
     * resolved by the zone rules), clipped to the horizon and cut around time off.
     */
    Map<LocalDate, List<IndexRange>> availabilityByLocalDate(
            List<Availability> availability, ZoneId zone, List<IndexRange> timeOff) {
        return availabilityByLocalDate(date -> availability, zone, timeOff);
    }

    /**
     * The same, with the windows of each local date asked of {@code availabilityOn}: hours that change from a week
     * on apply from that week's local dates on.
     */
    Map<LocalDate, List<IndexRange>> availabilityByLocalDate(
            Function<LocalDate, List<Availability>> availabilityOn, ZoneId zone, List<IndexRange> timeOff) {
        Map<LocalDate, List<IndexRange>> windows = new LinkedHashMap<>();
        for (LocalDate date = firstLocalDate(zone); !date.isAfter(lastLocalDate(zone)); date = date.plusDays(1)) {
            for (Availability window : availabilityOn.apply(date)) {
                if (window.dayOfWeek != date.getDayOfWeek()) {
                    continue;
                }
                Instant from = local(date, window.startMinute, zone);
                Instant to = local(date, window.endMinute, zone);
                IndexRange range = clip(ceilIndexOf(from), indexOf(to));
                for (IndexRange piece : subtract(range, timeOff)) {
                    windows.computeIfAbsent(date, d -> new ArrayList<>()).add(piece);
                }
            }
        }
        return windows;
    }

    /**
     * Windows that touch or overlap (08–12 and 12–18, or Monday 22–24 and Tuesday 00–06) as one
     * stretch of time: availability is split by day only to be entered, a shift may run through the seam.
     */
    static List<IndexRange> joined(Map<LocalDate, List<IndexRange>> windows) {
        List<IndexRange> all = windows.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(IndexRange::start))
                .toList();
        List<IndexRange> joined = new ArrayList<>();
        for (IndexRange next : all) {
            IndexRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && next.start() <= last.end()) {
                joined.set(joined.size() - 1, new IndexRange(last.start(), Math.max(last.end(), next.end())));
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static Instant local(LocalDate date, int minuteOfDay, ZoneId zone) {
        LocalDate day = minuteOfDay == 24 * 60 ? date.plusDays(1) : date;
        LocalTime time = minuteOfDay == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static List<IndexRange> subtract(IndexRange range, List<IndexRange> holes) {
        List<IndexRange> pieces = new ArrayList<>(List.of(range));
        for (IndexRange hole : holes) {
            List<IndexRange> next = new ArrayList<>();
            for (IndexRange piece : pieces) {
                if (hole.overlap(piece.start(), piece.end()) == 0) {
                    next.add(piece);
                    continue;
                }
                if (piece.start() < hole.start()) {
                    next.add(new IndexRange(piece.start(), hole.start()));
                }
                if (hole.end() < piece.end()) {
                    next.add(new IndexRange(hole.end(), piece.end()));
                }
            }
            pieces = next;
        }
        pieces.removeIf(piece -> piece.end() <= piece.start());
        return pieces;
    }
}

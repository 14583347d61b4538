package org.openwfm.shared.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.openwfm.shared.error.Violation;

/**
 * Checks a weekly list of "HH:mm" ranges (opening hours, availability): each time readable, start
 * before end, and no two ranges of the same day overlapping.
 */
public final class WeeklyRanges {

    private WeeklyRanges() {}

    public static <T> List<Violation> check(
            String path, List<T> ranges, Function<T, DayOfWeek> day, Field<T> start, Field<T> end) {
        List<Violation> errors = new ArrayList<>();
        if (ranges == null) {
            return errors;
        }
        List<DayRange> parsed = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            T range = ranges.get(i);
            String at = path + "[" + i + "].";
            int from = MinuteOfDay.parse(start.value().apply(range));
            int to = MinuteOfDay.parse(end.value().apply(range));
            if (from < 0 || from == MinuteOfDay.END_OF_DAY) {
                errors.add(Violation.ofField(at + start.name(), "must be a time from 00:00 to 23:59"));
            }
            if (to < 0) {
                errors.add(Violation.ofField(at + end.name(), "must be a time from 00:00 to 24:00"));
            }
            if (from >= 0 && to >= 0 && from >= to) {
                errors.add(Violation.ofField(
                        at + end.name(),
                        "must be after " + start.name() + " (split a range that crosses midnight into two days)"));
            }
            if (from >= 0 && to > from) {
                parsed.add(new DayRange(day.apply(range), from, to, i));
            }
        }
        parsed.sort(Comparator.comparing(DayRange::day).thenComparingInt(DayRange::from));
        for (int i = 1; i < parsed.size(); i++) {
            DayRange previous = parsed.get(i - 1);
            DayRange current = parsed.get(i);
            if (previous.day() == current.day() && current.from() < previous.to()) {
                errors.add(Violation.ofField(
                        path + "[" + current.index() + "]",
                        "overlaps " + path + "[" + previous.index() + "] on " + current.day()));
            }
        }
        return errors;
    }

    /** A readable range: its day, [from, to) in minutes of the day, and its index in the list the client sent. */
    private record DayRange(DayOfWeek day, int from, int to, int index) {}

    /** A named "HH:mm" field of a range, so messages name the field the client sent. */
    public record Field<T>(String name, Function<T, String> value) {}
}

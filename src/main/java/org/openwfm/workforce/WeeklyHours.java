package org.openwfm.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.shared.time.WeeklyRanges;
import org.openwfm.workforce.AgentDto.AvailabilityDto;

/**
 * Weekly local hours ("HH:mm" windows per day of the week) as the API writes them and as the rows keep them:
 * one reading and one check for agents' availability and preferred hours and for supervisors' availability.
 */
public final class WeeklyHours {

    private WeeklyHours() {}

    /** Every readable-time, start-before-end and overlap problem of the list, each named under {@code path}. */
    public static List<Violation> check(String path, List<AvailabilityDto> hours) {
        return WeeklyRanges.check(
                path,
                hours,
                AvailabilityDto::dayOfWeek,
                new WeeklyRanges.Field<>("start", AvailabilityDto::start),
                new WeeklyRanges.Field<>("end", AvailabilityDto::end));
    }

    /**
     * Every time of the list that is readable but off a grain of {@code grainMinutes} (09:15 on a 30-minute grain),
     * each named under {@code path}; unreadable times are {@link #check}'s to name.
     */
    public static List<Violation> checkGrain(String path, List<AvailabilityDto> hours, int grainMinutes) {
        List<Violation> errors = new ArrayList<>();
        if (hours == null) {
            return errors;
        }
        for (int i = 0; i < hours.size(); i++) {
            offGrain(path + "[" + i + "].start", hours.get(i).start(), grainMinutes)
                    .ifPresent(errors::add);
            offGrain(path + "[" + i + "].end", hours.get(i).end(), grainMinutes).ifPresent(errors::add);
        }
        return errors;
    }

    private static Optional<Violation> offGrain(String field, String time, int grainMinutes) {
        int minute = MinuteOfDay.parse(time);
        return minute >= 0 && minute % grainMinutes != 0
                ? Optional.of(Violation.ofField(
                        field, "must lie on the " + grainMinutes + "-minute grain (" + time.trim() + " does not)"))
                : Optional.empty();
    }

    /** Checked windows as rows; null reads as none. */
    public static List<Availability> toRows(List<AvailabilityDto> hours) {
        return hours == null
                ? List.of()
                : hours.stream()
                        .map(a -> new Availability(
                                a.dayOfWeek(), MinuteOfDay.parse(a.start()), MinuteOfDay.parse(a.end())))
                        .toList();
    }

    /** Rows as the API shows them, by day and start. */
    public static List<AvailabilityDto> toDtos(List<Availability> hours) {
        return hours.stream()
                .sorted(Comparator.comparing((Availability a) -> a.dayOfWeek).thenComparingInt(a -> a.startMinute))
                .map(a -> new AvailabilityDto(
                        a.dayOfWeek, MinuteOfDay.format(a.startMinute), MinuteOfDay.format(a.endMinute)))
                .toList();
    }

    /** Detached copies, so that changing them changes no row. */
    public static List<Availability> copies(List<Availability> hours) {
        return hours.stream()
                .map(h -> new Availability(h.dayOfWeek, h.startMinute, h.endMinute))
                .toList();
    }
}

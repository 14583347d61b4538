package org.openwfm.roster.problem;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.roster.domain.IndexRange;

/**
 * Where a session may start: every first interval of its window from which it fits, whole, in the available time of
 * each person it needs (attendees and supervisor, each in their own zone, already turned into intervals) and clear of
 * the sessions that person has in other published schedules. When there is none, the reason in a planner's words,
 * naming who or what stands in the way.
 */
final class SessionStarts {

    /**
     * Someone a session needs, as a reason names them ("A017", "supervisor S2"), when they are available, and the
     * sessions they already have in other published schedules, which no start may overlap.
     */
    record Person(String name, List<IndexRange> available, List<Taken> taken) {

        /** Someone with no session elsewhere. */
        Person(String name, List<IndexRange> available) {
            this(name, available, List.of());
        }

        boolean fits(int start, int length) {
            return available.stream().anyMatch(range -> range.contains(start, start + length))
                    && taken.stream().noneMatch(session -> session.span().overlap(start, start + length) > 0);
        }

        /** The same person as if nothing else were published. */
        Person free() {
            return new Person(name, available);
        }
    }

    /** A session someone has in another published schedule, by its name ("Coaching for A018"). */
    record Taken(IndexRange span, String name) {}

    /** The starts, ascending; when there are none, why. */
    record Starts(List<Integer> starts, String whyNone) {}

    private SessionStarts() {}

    /**
     * @param window     the session's window as intervals (its days and hours in its zone)
     * @param length     intervals the session lasts
     * @param minutes    minutes the session lasts, for the reason
     * @param windowText the window as a planner wrote it, for the reason ("Tue–Thu 10:00–16:00")
     */
    static Starts of(List<IndexRange> window, int length, int minutes, List<Person> people, String windowText) {
        List<Integer> starts = fitting(window, length, people);
        if (!starts.isEmpty()) {
            return new Starts(starts, null);
        }
        if (window.stream().noneMatch(range -> range.end() - range.start() >= length)) {
            return new Starts(List.of(), "its window " + windowText + " holds no whole session in this week");
        }
        List<String> never = people.stream()
                .filter(person ->
                        fitting(window, length, List.of(person.free())).isEmpty())
                .map(Person::name)
                .toList();
        if (!never.isEmpty()) {
            return new Starts(
                    List.of(),
                    String.join(" and ", never) + (never.size() == 1 ? " is" : " are")
                            + " not available long enough on " + windowText);
        }
        List<String> everyone = people.stream().map(Person::name).toList();
        List<Person> free = people.stream().map(Person::free).toList();
        List<Integer> freeStarts = fitting(window, length, free);
        if (freeStarts.isEmpty()) {
            return new Starts(
                    List.of(),
                    String.join(" and ", everyone) + " share no available " + lengthText(minutes) + " on "
                            + windowText);
        }
        List<String> blocking = new ArrayList<>();
        for (int start : freeStarts) {
            for (Person person : people) {
                person.taken().stream()
                        .filter(session -> session.span().overlap(start, start + length) > 0)
                        .map(session -> person.name() + " in " + session.name())
                        .filter(text -> !blocking.contains(text))
                        .forEach(blocking::add);
            }
        }
        return new Starts(
                List.of(),
                String.join(" and ", everyone) + (everyone.size() == 1 ? " has" : " share") + " no free "
                        + lengthText(minutes) + " on " + windowText + " outside sessions published in other schedules: "
                        + String.join(", ", blocking));
    }

    private static List<Integer> fitting(List<IndexRange> window, int length, List<Person> people) {
        List<Integer> starts = new ArrayList<>();
        for (IndexRange range : window) {
            for (int start = range.start(); start + length <= range.end(); start++) {
                int from = start;
                if (people.stream().allMatch(person -> person.fits(from, length))) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    private static String lengthText(int minutes) {
        return switch (minutes) {
            case 30 -> "half-hour";
            case 60 -> "hour";
            default -> minutes + " minutes";
        };
    }
}

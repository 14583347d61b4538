package org.openwfm.roster.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.openwfm.activity.ActivityPlacement;
import org.openwfm.activity.ActivitySession;
import org.openwfm.activity.ActivityWindow;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.team.SupervisorProfile;

/**
 * The week's activity sessions as the solver places them. A session belongs to the problem that holds any of its
 * agents; one the problem cannot place anywhere (an attendee outside it, nobody free at once in its window) still
 * comes in, with no start to take, so the score counts it left out and the schedule says why. A supervisor who is
 * also an agent needs its supervisor's hours, not a shift: on shift then, it is away from contacts like the others.
 * Placed first-fit (the naive baseline), each session is fixed at its first start that double-books nobody against
 * the sessions fixed before it, and the solver builds the shifts around it.
 *
 * <p>Sessions the week's other published schedules (those of other clients, which publishing this one leaves in
 * place) already hold are theirs: such a session does not come in again, not even as left out, and every session of
 * this problem keeps clear of the time they take of its agents and supervisor.
 */
final class PlannedSessions {

    final List<ActivityAssignment> assignments = new ArrayList<>();
    /** The sessions this problem holds, by key. */
    final Map<String, ActivitySession> sessions = new LinkedHashMap<>();
    /** By key, why a session has nowhere to go. */
    final Map<String, String> unplaceable = new LinkedHashMap<>();

    private final Horizon horizon;
    private final int grainMinutes;
    private final Map<String, PlanningAgent> agents = new HashMap<>();
    /** Whether sessions are fixed first-fit rather than left to the solver. */
    private final boolean firstFit;
    /** First-fit only: by person (agent id, or supervisor id), the spans of the sessions fixed so far. */
    private final Map<String, List<IndexRange>> booked = new HashMap<>();

    /** Keys of the sessions other published schedules hold. */
    private final Set<String> elsewhereKeys = new HashSet<>();
    /** The sessions other published schedules hold, by person (agent id, or "supervisor " and its id). */
    private final Map<String, List<SessionStarts.Taken>> takenElsewhere = new HashMap<>();

    /** First-fit only: each agent's days, to tell whether it can be on shift through a session at all. */
    private final Map<PlanningAgent, List<ShiftAssignment>> daysOf = new HashMap<>();

    /**
     * @param days     every agent-day of the problem, with the shifts each may take
     * @param firstFit fix each session first-fit instead of leaving it to the solver
     */
    PlannedSessions(
            Horizon horizon,
            int grainMinutes,
            List<PlanningAgent> planningAgents,
            List<ShiftAssignment> days,
            boolean firstFit) {
        this.horizon = horizon;
        this.grainMinutes = grainMinutes;
        this.firstFit = firstFit;
        planningAgents.forEach(agent -> agents.put(agent.id(), agent));
        if (firstFit) {
            days.forEach(day -> daysOf.computeIfAbsent(day.getAgent(), any -> new ArrayList<>())
                    .add(day));
        }
    }

    /**
     * The sessions the week's other published schedules place, to be called before the first {@link #add}: those
     * sessions stay theirs, and their time is taken for each of their agents and their supervisor.
     */
    void publishedElsewhere(List<ScheduledActivity> sessions) {
        for (ScheduledActivity session : sessions) {
            elsewhereKeys.add(session.key());
            SessionStarts.Taken taken = new SessionStarts.Taken(
                    new IndexRange(horizon.indexOf(session.start()), horizon.ceilIndexOf(session.end())),
                    session.name());
            List<String> people = new ArrayList<>(session.agentIds());
            if (session.supervisorId() != null) {
                people.add("supervisor " + session.supervisorId());
            }
            people.forEach(person -> takenElsewhere
                    .computeIfAbsent(person, any -> new ArrayList<>())
                    .add(taken));
        }
    }

    void add(ActivitySession session) {
        if (elsewhereKeys.contains(session.key())) {
            return; // another published schedule placed it already
        }
        List<PlanningAgent> attendees = session.agentIds().stream()
                .filter(agents::containsKey)
                .map(agents::get)
                .toList();
        if (attendees.isEmpty()) {
            return; // another problem's session, or one whose agents work for none of this week's clients
        }
        sessions.put(session.key(), session);
        List<String> outside = session.agentIds().stream()
                .filter(id -> !agents.containsKey(id))
                .toList();
        SupervisorProfile supervisor = session.supervisor();
        String supervisorId = supervisor == null ? null : supervisor.id();
        PlanningAgent supervisorAgent =
                supervisor == null || supervisor.agentId() == null ? null : agents.get(supervisor.agentId());
        int length = session.lengthMinutes() / grainMinutes;
        List<Integer> starts = List.of();
        if (!outside.isEmpty()) {
            unplaceable.put(
                    session.key(),
                    String.join(", ", outside) + (outside.size() == 1 ? " is" : " are")
                            + " not in this schedule: certified for none of its clients; plan "
                            + (outside.size() == 1 ? outside.get(0) + "'s" : "their")
                            + " clients in the same schedule to place it");
        } else if (session.lengthMinutes() % grainMinutes != 0) {
            unplaceable.put(
                    session.key(),
                    "its " + session.lengthMinutes() + " minutes are not whole " + grainMinutes + "-minute intervals");
        } else {
            SessionStarts.Starts found = SessionStarts.of(
                    windowRanges(session.window()),
                    length,
                    session.lengthMinutes(),
                    people(session, attendees),
                    windowText(session.window()));
            starts = found.starts();
            if (starts.isEmpty()) {
                unplaceable.put(session.key(), found.whyNone());
            }
        }
        ActivityAssignment assignment = new ActivityAssignment(
                session.key(),
                session.name(),
                supervisorId,
                supervisorAgent,
                attendees,
                Math.max(1, length),
                grainMinutes,
                session.placement() == ActivityPlacement.IN_SHIFT,
                session.priority(),
                starts);
        if (firstFit && !starts.isEmpty()) {
            fixAtFirstFit(assignment);
        }
        assignments.add(assignment);
    }

    /**
     * Fixes the session at its first start where none of its people is in a session fixed before it and every
     * attendee who must be on shift could work then (some shift it may take runs through it), as a planner booking
     * sessions one after another into a calendar would; with no such start it stays out, fixed so.
     */
    private void fixAtFirstFit(ActivityAssignment assignment) {
        List<String> people = new ArrayList<>();
        assignment.getAway().forEach(agent -> people.add(agent.id()));
        if (assignment.getSupervisorId() != null) {
            people.add("supervisor " + assignment.getSupervisorId());
        }
        assignment.setPinned(true);
        for (int start : assignment.getStarts()) {
            IndexRange span = new IndexRange(start, start + assignment.length());
            if (people.stream().noneMatch(person -> overlapsBooked(person, span))
                    && (!assignment.isInShift()
                            || assignment.getAttendees().stream().allMatch(agent -> canWork(agent, span)))) {
                assignment.setStart(start);
                people.forEach(person ->
                        booked.computeIfAbsent(person, any -> new ArrayList<>()).add(span));
                return;
            }
        }
        unplaceable.put(
                assignment.getId(),
                "placed first-fit, every start in its window that its people can make has one of them in a session"
                        + " placed before it, or an attendee who could not be on shift then");
    }

    private boolean canWork(PlanningAgent agent, IndexRange span) {
        return daysOf.getOrDefault(agent, List.of()).stream()
                .flatMap(day -> day.isPinned() ? Stream.ofNullable(day.getOption()) : day.getOptions().stream())
                .anyMatch(option -> option.covers(span.start(), span.end()));
    }

    private boolean overlapsBooked(String person, IndexRange span) {
        return booked.getOrDefault(person, List.of()).stream()
                .anyMatch(other -> other.overlap(span.start(), span.end()) > 0);
    }

    /**
     * Keeps published sessions where they were published: each of this problem's sessions published at a start it
     * may still take is placed there and pinned; one its published start no longer fits is planned again.
     */
    void pin(List<ScheduledActivity> published) {
        Map<String, ScheduledActivity> byKey = new HashMap<>();
        published.forEach(session -> byKey.put(session.key(), session));
        for (ActivityAssignment session : assignments) {
            ScheduledActivity placed = byKey.get(session.getId());
            if (placed == null) {
                continue;
            }
            int start = horizon.indexOf(placed.start());
            if (session.getStarts().contains(start)) {
                session.setStart(start);
                session.setPinned(true);
            }
        }
    }

    /** Everyone the session needs, each with the time they are available in their own zone. */
    private List<SessionStarts.Person> people(ActivitySession session, List<PlanningAgent> attendees) {
        List<SessionStarts.Person> people = new ArrayList<>();
        attendees.forEach(agent -> people.add(new SessionStarts.Person(
                agent.id(), agent.available(), takenElsewhere.getOrDefault(agent.id(), List.of()))));
        SupervisorProfile supervisor = session.supervisor();
        if (supervisor != null) {
            Map<LocalDate, List<IndexRange>> hours = horizon.availabilityByLocalDate(
                    supervisor.availability(), ZoneId.of(supervisor.timeZone()), List.of());
            String name = "supervisor " + supervisor.id();
            List<SessionStarts.Taken> taken = new ArrayList<>(takenElsewhere.getOrDefault(name, List.of()));
            if (supervisor.agentId() != null) {
                taken.addAll(takenElsewhere.getOrDefault(supervisor.agentId(), List.of()));
            }
            people.add(new SessionStarts.Person(name, Horizon.joined(hours), taken));
        }
        return people;
    }

    /** The window's days and hours in its zone as intervals of this week, in order. */
    private List<IndexRange> windowRanges(ActivityWindow window) {
        List<Availability> days = window.days().stream()
                .map(day -> new Availability(day, window.startMinute(), window.endMinute()))
                .toList();
        return horizon.availabilityByLocalDate(days, ZoneId.of(window.timeZone()), List.of()).values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(IndexRange::start))
                .toList();
    }

    /** "Tue–Thu 10:00–16:00", or "Mon, Wed 09:00–12:00" when the days do not run on. */
    static String windowText(ActivityWindow window) {
        List<DayOfWeek> days = window.days().stream().sorted().toList();
        boolean running = days.size() > 2
                && days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
        String dayText = running
                ? shortName(days.get(0)) + "–" + shortName(days.get(days.size() - 1))
                : String.join(
                        ", ", days.stream().map(PlannedSessions::shortName).toList());
        return dayText + " " + MinuteOfDay.format(window.startMinute()) + "–" + MinuteOfDay.format(window.endMinute());
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}

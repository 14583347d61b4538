package org.openwfm.roster.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One session of a meeting, a coaching or a training: its attendees away from contacts together for its length,
 * at a start the solver picks among those where every attendee (and the supervisor) is available, or not placed.
 * Attendees are agents of the roster. The supervisor is known by id, as the solver only has to keep it out of two
 * sessions at once; a supervisor who is also an agent of the roster is away from its shift during the session too,
 * but need not be on one: it leads the session as a supervisor.
 */
@PlanningEntity
public class ActivityAssignment {

    @PlanningId
    private String id;

    private String name;
    private String supervisorId;
    private List<PlanningAgent> attendees;
    /** The agents the session takes off contacts: the attendees, and the supervisor's agent if it has one. */
    private List<PlanningAgent> away;
    /** Everyone who must not be in another session at the same time: the attendees' ids and the supervisor's. */
    private Set<String> people;

    private int length;
    private int grainMinutes;
    /** Whether every attendee must be on shift for the whole session (else it may extend or add paid time). */
    private boolean inShift;

    private int priority;
    private List<Integer> starts;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "activityStarts")
    private Integer start;

    public ActivityAssignment() {}

    /**
     * @param supervisorAgent the supervisor as an agent of the roster, or null
     * @param length   planning intervals the session lasts
     * @param starts   the first planning intervals it may take, in ascending order
     * @param priority 1 to 10: how many contacts at stake one attendee-minute of the session is worth when it
     *                 cannot be placed
     */
    public ActivityAssignment(
            String id,
            String name,
            String supervisorId,
            PlanningAgent supervisorAgent,
            List<PlanningAgent> attendees,
            int length,
            int grainMinutes,
            boolean inShift,
            int priority,
            List<Integer> starts) {
        this.id = id;
        this.name = name;
        this.supervisorId = supervisorId;
        this.attendees = List.copyOf(attendees);
        List<PlanningAgent> awayAgents = new ArrayList<>(attendees);
        if (supervisorAgent != null && !awayAgents.contains(supervisorAgent)) {
            awayAgents.add(supervisorAgent);
        }
        this.away = List.copyOf(awayAgents);
        this.length = length;
        this.grainMinutes = grainMinutes;
        this.inShift = inShift;
        this.priority = priority;
        this.starts = List.copyOf(starts);
        Set<String> everyone = new HashSet<>();
        away.forEach(agent -> everyone.add(agent.id()));
        if (supervisorId != null) {
            everyone.add(supervisorId);
        }
        this.people = Set.copyOf(everyone);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public List<PlanningAgent> getAttendees() {
        return attendees;
    }

    public List<PlanningAgent> getAway() {
        return away;
    }

    public boolean isInShift() {
        return inShift;
    }

    public int getPriority() {
        return priority;
    }

    @ValueRangeProvider(id = "activityStarts")
    public List<Integer> getStarts() {
        return starts;
    }

    /**
     * Keeps only the starts {@code keep} accepts, before solving: where the shifts are fixed, a start no attendee can
     * make is no start at all.
     */
    public void keepStarts(IntPredicate keep) {
        starts = starts.stream().filter(keep::test).toList();
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    // Domain questions the constraints ask, one step per line. Those that compare with a shift answer for an
    // unplaced session too: a score update can still ask them about a session just taken out.

    public boolean isPlaced() {
        return start != null;
    }

    public int start() {
        return start;
    }

    public int end() {
        return start + length;
    }

    public int length() {
        return length;
    }

    public int minutes() {
        return length * grainMinutes;
    }

    /** Minutes of everyone's time the session takes: what leaving it out loses. */
    public int attendeeMinutes() {
        return minutes() * people.size();
    }

    /** How many people this session and another both need. */
    public int sharedPeople(ActivityAssignment other) {
        return (int) people.stream().filter(other.people::contains).count();
    }

    /** Minutes by which this session and another overlap. */
    public int overlapMinutes(ActivityAssignment other) {
        if (!isPlaced() || !other.isPlaced()) {
            return 0;
        }
        return Math.max(0, Math.min(end(), other.end()) - Math.max(start(), other.start())) * grainMinutes;
    }

    /** Whether a shift runs through the whole session. */
    public boolean isCoveredBy(ShiftAssignment shift) {
        return isPlaced() && shift.getOption().covers(start(), end());
    }

    /** Minutes of the shift's breaks that fall in the session. */
    public int breakMinutesIn(ShiftAssignment shift) {
        return isPlaced() ? shift.getOption().breakMinutesWithin(start(), end()) : 0;
    }

    /** What an attendee on the shift stops giving its slots during the session. */
    public List<SlotPresence> absenceFrom(ShiftAssignment shift) {
        return isPlaced() ? shift.getOption().absence(start(), end()) : List.of();
    }

    @Override
    public String toString() {
        return id + (start == null ? " unplaced" : " [" + start + ", " + end() + ")");
    }
}

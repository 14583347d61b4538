package org.openwfm.roster.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.activity.ActivitySession;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.WeekStaffing;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.team.SupervisorProfile;

/**
 * A roster to solve and the staffing it was built from, which the KPIs read back.
 *
 * @param pinned  published shifts the solver may not move
 * @param carried published shifts the model cannot hold (an agent's second shift of a day): they block the
 *                agent's time in the roster and come back unchanged in the result
 * @param sessions the activity sessions the roster places, by key
 * @param unplaceable by key, why a session has no start to take in this problem
 */
public record RosterProblem(
        Roster roster,
        Map<ChannelKey, WeekStaffing> staffing,
        Map<String, BreakTerms> breakTerms,
        List<ScheduledShift> pinned,
        List<ScheduledShift> carried,
        Map<String, ActivitySession> sessions,
        Map<String, String> unplaceable) {

    /** A problem without activity sessions. */
    public RosterProblem(
            Roster roster,
            Map<ChannelKey, WeekStaffing> staffing,
            Map<String, BreakTerms> breakTerms,
            List<ScheduledShift> pinned,
            List<ScheduledShift> carried) {
        this(roster, staffing, breakTerms, pinned, carried, Map.of(), Map.of());
    }

    /** The sessions the solution places, as a schedule holds them, in the roster's order. */
    public List<ScheduledActivity> activities(Roster solved) {
        return solved.getActivities().stream()
                .filter(ActivityAssignment::isPlaced)
                .map(placed -> {
                    ActivitySession session = sessions.get(placed.getId());
                    SupervisorProfile supervisor = session.supervisor();
                    return new ScheduledActivity(
                            session.key(),
                            session.name(),
                            session.kind().name(),
                            supervisor == null ? null : supervisor.id(),
                            supervisor == null ? null : supervisor.name(),
                            session.teamName(),
                            placed.getAttendees().stream()
                                    .map(PlanningAgent::id)
                                    .toList(),
                            solved.instantOf(placed.start()),
                            solved.instantOf(placed.end()));
                })
                .toList();
    }

    /**
     * Puts stored sessions back on the roster (by key, at the start they were stored at); a session the current data
     * no longer offers that start stays unplaced.
     */
    public void assignActivities(List<ScheduledActivity> stored) {
        Map<String, ScheduledActivity> byKey = new HashMap<>();
        stored.forEach(activity -> byKey.put(activity.key(), activity));
        long grainSeconds = roster.getGrainMinutes() * 60L;
        for (ActivityAssignment session : roster.getActivities()) {
            ScheduledActivity placed = byKey.get(session.getId());
            if (placed == null) {
                continue;
            }
            int start = (int)
                    ((placed.start().getEpochSecond() - roster.getHorizonStart().getEpochSecond()) / grainSeconds);
            if (session.getStarts().contains(start)) {
                session.setStart(start);
            }
        }
    }

    /**
     * The sessions the solution leaves out, each with why: the builder's reason when it had nowhere to go, else that
     * no start in its window kept the hard rules.
     */
    public List<UnplacedActivity> unplaced(Roster solved) {
        return solved.getActivities().stream()
                .filter(session -> !session.isPlaced())
                .map(session -> new UnplacedActivity(
                        session.getId(),
                        session.getName(),
                        sessions.get(session.getId()).kind().name(),
                        unplaceable.getOrDefault(
                                session.getId(),
                                "no start in "
                                        + PlannedSessions.windowText(
                                                sessions.get(session.getId()).window())
                                        + " keeps every attendee on shift, off break and out of other sessions"
                                        + " within their contracts")))
                .toList();
    }

    /** The solution's shifts; pinned and carried published shifts come back with their published breaks. */
    public List<ScheduledShift> shifts(Roster solved) {
        Map<String, ScheduledShift> published = new HashMap<>();
        pinned.forEach(shift -> published.put(key(shift), shift));
        List<ScheduledShift> shifts = new ArrayList<>(solved.getAssignments().stream()
                .filter(ShiftAssignment::isWorking)
                .map(a -> new ScheduledShift(
                        a.getAgent().id(), a.channel(), solved.instantOf(a.start()), solved.instantOf(a.end())))
                .map(shift -> published.getOrDefault(key(shift), shift))
                .toList());
        shifts.addAll(carried);
        return shifts;
    }

    private static String key(ScheduledShift shift) {
        return shift.agentId() + "|" + shift.channel() + "|" + shift.start() + "|" + shift.end();
    }

    /** Preferred hours of the agents who state any, as UTC spans. */
    public Map<String, List<TimeSpan>> preferredHours() {
        Map<String, List<TimeSpan>> spans = new HashMap<>();
        roster.getAgents().stream()
                .filter(PlanningAgent::hasPreferences)
                .forEach(agent -> spans.put(
                        agent.id(),
                        agent.preferred().stream()
                                .map(r -> new TimeSpan(roster.instantOf(r.start()), roster.instantOf(r.end())))
                                .toList()));
        return spans;
    }

    /**
     * Puts stored shifts back on the roster's assignments (agent, local day, same channel, start and
     * length among the day's options). Returns the shifts that no longer fit the current data.
     */
    public List<ScheduledShift> assign(List<ScheduledShift> shifts) {
        AssignmentIndex index = new AssignmentIndex(roster.getAssignments());
        List<ScheduledShift> unmatched = new ArrayList<>();
        long grainSeconds = roster.getGrainMinutes() * 60L;
        for (ScheduledShift shift : shifts) {
            int start = (int)
                    ((shift.start().getEpochSecond() - roster.getHorizonStart().getEpochSecond()) / grainSeconds);
            int length = (int) ((shift.end().getEpochSecond() - shift.start().getEpochSecond()) / grainSeconds);
            ShiftAssignment assignment = index.find(shift.agentId(), shift.start());
            ShiftOption option = assignment == null
                    ? null
                    : assignment.getOptions().stream()
                            .filter(o ->
                                    o.channel().equals(shift.channel()) && o.start() == start && o.length() == length)
                            .findFirst()
                            .orElse(null);
            if (option == null) {
                unmatched.add(shift);
            } else {
                assignment.setOption(option);
            }
        }
        return unmatched;
    }
}

package org.openwfm.roster.solver.move;

import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.MONDAY;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.fullTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.problem.ShiftOptions;
import org.openwfm.workforce.BreakTerms;

/**
 * A retail voice week for the activity tests: the channel open 08:00–20:00 every day, agents available then, on
 * the default break rules (a 15-minute break per 4 hours, a 30-minute meal past 6 hours), every shift option of 4 to
 * 10 hours. Intervals are half-hours from Monday 00:00.
 */
final class ActivityWeek {

    static final int DAY = 48;
    static final BreakTerms BREAKS = new BreakTerms(15, 240, 30, 360);

    private final List<CoverageSlot> slots = new ArrayList<>();
    private final ShiftOptions options;
    private final List<PlanningAgent> agents = new ArrayList<>();
    private final List<ShiftAssignment> days = new ArrayList<>();
    private final List<ActivityAssignment> sessions = new ArrayList<>();

    /** @param required agents required in each interval, by index; contacts are 10 per required agent */
    ActivityWeek(IntUnaryOperator required) {
        CoverageSlot[] byIndex = new CoverageSlot[7 * DAY];
        for (int i = 0; i < byIndex.length; i++) {
            int ofDay = i % DAY;
            boolean open = ofDay >= 16 && ofDay < 40;
            int need = open ? required.applyAsInt(i) : 0;
            byIndex[i] = new CoverageSlot(RETAIL_VOICE, i, GRAIN, open, need, 10.0 * need);
            slots.add(byIndex[i]);
        }
        options = new ShiftOptions(Map.of(RETAIL_VOICE, byIndex), GRAIN);
    }

    PlanningAgent agent(String id) {
        List<IndexRange> available = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            available.add(new IndexRange(day * DAY + 16, day * DAY + 40));
        }
        PlanningAgent agent =
                new PlanningAgent(id, "America/New_York", fullTime(), Set.of(RETAIL_VOICE), available, List.of());
        agents.add(agent);
        for (int day = 0; day < 7; day++) {
            List<IndexRange> window = List.of(available.get(day));
            days.add(new ShiftAssignment(
                    agent,
                    MONDAY.plusDays(day),
                    day,
                    options.within(window, window, agent.certifications(), agent.terms(), BREAKS)));
        }
        return agent;
    }

    /** A session that must lie inside shifts, {@code length} half-hours, starting in [from, to) of the given days. */
    ActivityAssignment session(
            String id,
            String supervisorId,
            List<PlanningAgent> attendees,
            int length,
            List<Integer> dayIndexes,
            int fromOfDay,
            int toOfDay) {
        List<Integer> starts = new ArrayList<>();
        for (int day : dayIndexes) {
            for (int start = day * DAY + fromOfDay; start + length <= day * DAY + toOfDay; start++) {
                starts.add(start);
            }
        }
        ActivityAssignment session =
                new ActivityAssignment(id, id, supervisorId, null, attendees, length, GRAIN, true, 5, starts);
        sessions.add(session);
        return session;
    }

    List<ShiftAssignment> days() {
        return days;
    }

    Roster roster() {
        return new Roster(Instant.parse("2026-11-30T05:00:00Z"), GRAIN, agents, slots, days, sessions);
    }
}

package org.openwfm.roster.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;
import static org.openwfm.roster.solver.RosterFixtures.shift;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.evaluation.ScheduleExplanation.Item;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.solver.RosterConstraints;
import org.openwfm.staffing.WeekStaffing;

/**
 * A gap names the sessions that take agents on shift for its channel away. Monday 30 November 2026 in New York:
 * interval 20 is 10:00–10:30 local (15:00Z). Ana and Ben work retail voice 09:00–17:00, Cy is available but off;
 * every half-hour needs two agents, except 10:00–10:30 where the sessions are.
 */
class ScheduleExplanationTest {

    static final Instant MIDNIGHT = Instant.parse("2026-11-30T05:00:00Z");
    static final Instant TEN = Instant.parse("2026-11-30T15:00:00Z");
    static final SolutionManager<Roster, HardMediumSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(new SolverConfig()
                    .withSolutionClass(Roster.class)
                    .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                    .withConstraintProviderClass(RosterConstraints.class)));
    static final String OTHERS = ": 3 certified agents are available then and 2 are on shift; a shift for one of the"
            + " others would break a contract limit (weekly hours, rest, shift length or days in a row) or open a"
            + " costlier gap elsewhere";

    final PlanningAgent ana = retailAgent("A1");
    final PlanningAgent ben = retailAgent("A2");
    final PlanningAgent cy = retailAgent("A3");

    @Test
    void aGapNamesTheMeetingThatTakesOneOfItsAgentsAway() {
        // 10:00 needs three: Ben alone is there while Ana is in the meeting.
        List<Item> items = explain(
                3,
                List.of(planned("meeting", ana)),
                List.of(held("Team meeting of Team West", ScheduledActivity.TEAM_MEETING, TEN, 30, "A1")));

        assertThat(items)
                .extracting(Item::sentence)
                .containsExactly("Mon 10:00–10:30 retail VOICE is 2 agents short, 1 of them in the team meeting of Team"
                        + " West" + OTHERS);
        assertThat(items.get(0).agentsShort()).isEqualTo(2);
    }

    @Test
    void aGapWithAgentsInSeveralSessionsListsThemInOrder() {
        List<Item> items = explain(
                3,
                List.of(planned("meeting", ana), planned("coaching", ben)),
                List.of(
                        held("Team meeting of Team West", ScheduledActivity.TEAM_MEETING, TEN, 30, "A1"),
                        held("Coaching for A2", ScheduledActivity.COACHING, TEN, 30, "A2")));

        assertThat(items)
                .extracting(Item::sentence)
                .containsExactly("Mon 10:00–10:30 retail VOICE is 3 agents short, 2 of them in sessions: coaching for"
                        + " A2, the team meeting of Team West" + OTHERS);
    }

    @Test
    void noMoreAgentsAreNamedInSessionsThanAreShort() {
        // 10:00 needs one; Ana and Ben are both in the meeting, and the gap is the one agent short.
        List<Item> items = explain(
                1,
                List.of(planned("meeting", ana, ben)),
                List.of(held("Team meeting of Team West", ScheduledActivity.TEAM_MEETING, TEN, 30, "A1", "A2")));

        assertThat(items)
                .extracting(Item::sentence)
                .containsExactly("Mon 10:00–10:30 retail VOICE is 1 agent short, 1 of them in the team meeting of Team"
                        + " West" + OTHERS);
    }

    @Test
    void partOfAnAgentInASessionCountsAsOneAsTheShortnessDoes() {
        // A 15-minute training session of Ana at 10:15 (the solver's grain is not so fine: the roster holds none);
        // with Ana and Ben both on, 10:00 is one short of its three.
        List<Item> items = explain(
                3,
                List.of(),
                List.of(held(
                        "Safety refresher (session 2 of 3)",
                        ScheduledActivity.TRAINING,
                        TEN.plusSeconds(15 * 60),
                        15,
                        "A1")));

        assertThat(items)
                .extracting(Item::sentence)
                .containsExactly("Mon 10:00–10:30 retail VOICE is 1 agent short, 1 of them in the safety refresher"
                        + " (session 2 of 3)" + OTHERS);
    }

    @Test
    void sessionsOfAgentsNotOnTheShortChannelOrAtOtherTimesAreNotNamed() {
        List<Item> items = explain(
                3,
                List.of(),
                List.of(
                        // Cy is not on shift; Ana's coaching is at 11:00.
                        held("Coaching for A3", ScheduledActivity.COACHING, TEN, 30, "A3"),
                        held("Coaching for A1", ScheduledActivity.COACHING, TEN.plusSeconds(3600), 30, "A1")));

        assertThat(items)
                .extracting(Item::sentence)
                .containsExactly("Mon 10:00–10:30 retail VOICE is 1 agent short" + OTHERS);
    }

    /** Ana and Ben on 09:00–17:00 with the sessions the solver holds; the explanation given the held sessions. */
    List<Item> explain(int requiredAtTen, List<ActivityAssignment> planned, List<ScheduledActivity> held) {
        List<CoverageSlot> slots = new ArrayList<>();
        for (int index = 18; index < 34; index++) {
            slots.add(new CoverageSlot(RETAIL_VOICE, index, GRAIN, true, index == 20 ? requiredAtTen : 2, 20));
        }
        List<ShiftAssignment> shifts =
                List.of(shift(ana, 0, 9, 17, RETAIL_VOICE, slots), shift(ben, 0, 9, 17, RETAIL_VOICE, slots));
        Roster roster = new Roster(MIDNIGHT, GRAIN, List.of(ana, ben, cy), slots, shifts, planned);
        WeekStaffing week = new WeekStaffing(
                "retail", Channel.VOICE, LocalDate.of(2026, 11, 30), "America/New_York", GRAIN, 0.8, List.of());
        RosterProblem problem = new RosterProblem(roster, Map.of(RETAIL_VOICE, week), Map.of(), List.of(), List.of());
        return ScheduleExplanation.explain(SCORING.analyze(roster), problem, held);
    }

    /** A half-hour session at 10:00 as the solver placed it, with a supervisor of its own. */
    static ActivityAssignment planned(String id, PlanningAgent... attendees) {
        ActivityAssignment session =
                new ActivityAssignment(id, id, "S-" + id, null, List.of(attendees), 1, GRAIN, true, 1, List.of(20));
        session.setStart(20);
        return session;
    }

    static ScheduledActivity held(String name, String kind, Instant start, int minutes, String... agentIds) {
        return new ScheduledActivity(
                name, name, kind, "S1", "Sam", "Team West", List.of(agentIds), start, start.plusSeconds(minutes * 60L));
    }
}

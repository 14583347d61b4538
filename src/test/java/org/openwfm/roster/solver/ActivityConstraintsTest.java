package org.openwfm.roster.solver;

import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;
import static org.openwfm.roster.solver.RosterFixtures.shift;
import static org.openwfm.roster.solver.RosterFixtures.slots;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * One test per activity constraint, named after it, and the coverage terms counting attendees away. Each holds a case
 * at its limit, penalized zero, beside one just past it. Intervals are half-hours from Monday 00:00 (20 is 10:00).
 */
class ActivityConstraintsTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier = ConstraintVerifier.build(
            new RosterConstraints(), Roster.class, ShiftAssignment.class, ActivityAssignment.class);

    private final PlanningAgent ana = retailAgent("A1");
    private final PlanningAgent ben = retailAgent("A2");

    @Test
    void activityAttendance() {
        // A 30-minute session at 10:00 inside a shift may: Ana works 09:00–17:00, Ben only from 10:30.
        ActivityAssignment meeting = session("meeting", "S1", List.of(ana, ben), 1, true, 20);

        verifier.verifyThat(RosterConstraints::activityAttendance)
                .given(meeting, shift(ana, 0, 9, 17), shift(ben, 0, 10.5, 17))
                .penalizesBy(30);
        // Ben from exactly 10:00: both are on shift through it.
        verifier.verifyThat(RosterConstraints::activityAttendance)
                .given(meeting, shift(ana, 0, 9, 17), shift(ben, 0, 10, 17))
                .penalizesBy(0);
        // A supervisor who is also an agent leads as a supervisor: it needs no shift then.
        verifier.verifyThat(RosterConstraints::activityAttendance)
                .given(ledBy(ben, "coaching/A1", List.of(ana), 20), shift(ana, 0, 9, 17))
                .penalizesBy(0);
        // A session that may extend or add paid time asks no shift of anyone.
        verifier.verifyThat(RosterConstraints::activityAttendance)
                .given(session("training", null, List.of(ana, ben), 2, false, 20))
                .penalizesBy(0);
    }

    @Test
    void activityClearOfBreaks() {
        // Ana's 09:00–17:00 shift has its meal at 12:45–13:15 (minutes 225–255 of the shift).
        ShiftOption withMeal =
                new ShiftOption(800_001, RETAIL_VOICE, 18, 16, GRAIN, List.of(), List.of(new BreakOffset(225, 255)));
        ShiftAssignment day = new ShiftAssignment(ana, RosterFixtures.MONDAY, 0, List.of(withMeal));
        day.setOption(withMeal);

        // A session 12:30–13:00 takes the meal's first 15 minutes, one 13:00–14:00 its last 15.
        verifier.verifyThat(RosterConstraints::activityClearOfBreaks)
                .given(day, session("coaching", "S1", List.of(ana), 1, true, 25))
                .penalizesBy(15);
        verifier.verifyThat(RosterConstraints::activityClearOfBreaks)
                .given(day, session("training", null, List.of(ana), 2, true, 26))
                .penalizesBy(15);
        // 12:00–12:30 ends where the meal's slot begins, and 13:30 starts after it: both clear.
        verifier.verifyThat(RosterConstraints::activityClearOfBreaks)
                .given(
                        day,
                        session("before", "S1", List.of(ana), 1, true, 24),
                        session("after", "S1", List.of(ana), 1, true, 27))
                .penalizesBy(0);
    }

    @Test
    void attendeeDoubleBooked() {
        // Supervisor S1 coaches Ana 10:00–10:30 and Ben 10:00–11:00: S1 is twice in one half-hour.
        verifier.verifyThat(RosterConstraints::attendeeDoubleBooked)
                .given(
                        session("coaching/A1", "S1", List.of(ana), 1, true, 20),
                        session("coaching/A2", "S1", List.of(ben), 2, true, 20))
                .penalizesBy(30);
        // A team meeting of both under S1 over Ana's coaching: S1 and Ana are each booked twice for 30 minutes.
        verifier.verifyThat(RosterConstraints::attendeeDoubleBooked)
                .given(
                        session("coaching/A1", "S1", List.of(ana), 1, true, 20),
                        session("meeting", "S1", List.of(ana, ben), 1, true, 20))
                .penalizesBy(2 * 30);
        // Back to back, or at once with nobody in common: fine.
        verifier.verifyThat(RosterConstraints::attendeeDoubleBooked)
                .given(
                        session("coaching/A1", "S1", List.of(ana), 1, true, 20),
                        session("coaching/A2", "S1", List.of(ben), 1, true, 21),
                        session("training", "T9", List.of(retailAgent("A3")), 2, true, 20))
                .penalizesBy(0);
    }

    @Test
    void activityNotPlaced() {
        // A 60-minute training of Ana and Ben with a trainer, priority 5, left out: 5 × 60 minutes × 3 people.
        ActivityAssignment training = new ActivityAssignment(
                "training", "training", "T9", null, List.of(ana, ben), 2, GRAIN, true, 5, List.of(20));

        verifier.verifyThat(RosterConstraints::activityNotPlaced)
                .given(training, session("coaching/A1", "S1", List.of(ana), 1, true, 20))
                .penalizesBy(5 * 60 * 3);
        verifier.verifyThat(RosterConstraints::activityNotPlaced)
                .given(session("coaching/A1", "S1", List.of(ana), 1, true, 20))
                .penalizesBy(0);
    }

    @Test
    void agentsShortCountsAnAttendeeAwayFromItsSlots() {
        // 10:00–11:00 needs two agents, 20 contacts at stake per missing agent; Ana and Ben both work it.
        List<CoverageSlot> needTwo = slots(RETAIL_VOICE, 20, 22, 2, 40);
        ShiftAssignment anaDay = shift(ana, 0, 10, 11, RETAIL_VOICE, needTwo);
        ShiftAssignment benDay = shift(ben, 0, 10, 11, RETAIL_VOICE, needTwo);

        // Ana coached 10:30–11:00: one agent short in the second slot only.
        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(facts(needTwo, anaDay, benDay, session("coaching/A1", "S1", List.of(ana), 1, true, 21)))
                .penalizesBy(20);
        // Both in a meeting for the hour: two short in both slots.
        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(facts(needTwo, anaDay, benDay, session("meeting", "S1", List.of(ana, ben), 2, true, 20)))
                .penalizesBy(4 * 20);
        // Ben, a supervisor too, coaches Ana 10:00–10:30: both are away from the first slot.
        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(facts(needTwo, anaDay, benDay, ledBy(ben, "coaching/A1", List.of(ana), 20)))
                .penalizesBy(2 * 20);
        // The session left out takes nobody away.
        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(facts(needTwo, anaDay, benDay, session("meeting", "S1", List.of(ana, ben), 2, true, null)))
                .penalizesBy(0);
    }

    @Test
    void overstaffingLeavesOutTheMinutesAnAttendeeIsInASession() {
        // 10:00–11:00 needs one agent; Ana and Ben both work it, Ben in training 10:00–10:30.
        List<CoverageSlot> needOne = slots(RETAIL_VOICE, 20, 22, 1, 10);
        ShiftAssignment anaDay = shift(ana, 0, 10, 11, RETAIL_VOICE, needOne);
        ShiftAssignment benDay = shift(ben, 0, 10, 11, RETAIL_VOICE, needOne);

        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(facts(needOne, anaDay, benDay, session("training", null, List.of(ben), 1, true, 20)))
                .penalizesBy(30);
    }

    /** A session of the given attendees, {@code length} half-hours, placed at {@code start} (null: not placed). */
    private static ActivityAssignment session(
            String id, String supervisorId, List<PlanningAgent> attendees, int length, boolean inShift, Integer start) {
        ActivityAssignment session = new ActivityAssignment(
                id,
                id,
                supervisorId,
                null,
                attendees,
                length,
                GRAIN,
                inShift,
                1,
                start == null ? List.of() : List.of(start));
        session.setStart(start);
        return session;
    }

    /** A 30-minute session led by a supervisor who is also the given agent, placed at {@code start}. */
    private static ActivityAssignment ledBy(
            PlanningAgent supervisorAgent, String id, List<PlanningAgent> attendees, int start) {
        ActivityAssignment session = new ActivityAssignment(
                id, id, "S-" + supervisorAgent.id(), supervisorAgent, attendees, 1, GRAIN, true, 1, List.of(start));
        session.setStart(start);
        return session;
    }

    private static Object[] facts(List<CoverageSlot> slots, Object... entities) {
        List<Object> facts = new ArrayList<>(slots);
        facts.addAll(List.of(entities));
        return facts.toArray();
    }
}

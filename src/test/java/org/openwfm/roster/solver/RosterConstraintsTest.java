package org.openwfm.roster.solver;

import static org.openwfm.roster.solver.RosterFixtures.BANK_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.agent;
import static org.openwfm.roster.solver.RosterFixtures.fullTime;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;
import static org.openwfm.roster.solver.RosterFixtures.shift;
import static org.openwfm.roster.solver.RosterFixtures.slots;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.ContractTerms;

/**
 * One test per constraint, named after it; each would fail if its constraint were removed. Each also holds the case
 * exactly at its limit, penalized zero, beside one just past it, so an off-by-one in a comparison shows.
 */
class RosterConstraintsTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier = ConstraintVerifier.build(
            new RosterConstraints(), Roster.class, ShiftAssignment.class, ActivityAssignment.class);

    @Test
    void certification() {
        PlanningAgent agent = retailAgent("A1");

        verifier.verifyThat(RosterConstraints::certification)
                .given(shift(agent, 0, 9, 17, BANK_VOICE, List.of()), shift(agent, 1, 9, 17))
                .penalizesBy(8 * 60);
        verifier.verifyThat(RosterConstraints::certification)
                .given(shift(agent, 1, 9, 17))
                .penalizesBy(0);
    }

    @Test
    void availability() {
        PlanningAgent agent = retailAgent("A1");

        verifier.verifyThat(RosterConstraints::availability)
                .given(shift(agent, 0, 6, 12), shift(agent, 1, 8, 20))
                .penalizesBy(6 * 60);
        // Available 08:00–20:00: exactly that window is free, half an hour past it costs the whole shift.
        verifier.verifyThat(RosterConstraints::availability)
                .given(shift(agent, 1, 8, 20))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::availability)
                .given(shift(agent, 1, 8, 20.5))
                .penalizesBy(12 * 60 + 30);
    }

    @Test
    void timeOff() {
        PlanningAgent agent = agent("A1", fullTime(), List.of(new IndexRange(16, 20))); // Monday 08:00–10:00

        verifier.verifyThat(RosterConstraints::timeOff)
                .given(shift(agent, 0, 9, 17), shift(agent, 1, 9, 17))
                .penalizesBy(60);
        verifier.verifyThat(RosterConstraints::timeOff)
                .given(shift(agent, 0, 10, 18))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::timeOff)
                .given(shift(agent, 0, 9.5, 17.5))
                .penalizesBy(30);
    }

    @Test
    void openingHours() {
        PlanningAgent agent = retailAgent("A1");
        List<CoverageSlot> covered = new ArrayList<>(slots(RETAIL_VOICE, 18, 24, 1, 10));
        covered.add(new CoverageSlot(RETAIL_VOICE, 24, GRAIN, false, 0, 0)); // closed from 12:00

        verifier.verifyThat(RosterConstraints::openingHours)
                .given(shift(agent, 0, 9, 12.5, RETAIL_VOICE, covered))
                .penalizesBy(30);
        verifier.verifyThat(RosterConstraints::openingHours)
                .given(shift(agent, 0, 9, 12, RETAIL_VOICE, covered.subList(0, 6)))
                .penalizesBy(0);
    }

    @Test
    void noOverlap() {
        PlanningAgent agent = retailAgent("A1");

        verifier.verifyThat(RosterConstraints::noOverlap)
                .given(shift(agent, 0, 14, 26), shift(agent, 1, 0, 4), shift(retailAgent("A2"), 1, 0, 4))
                .penalizesBy(2 * 60);
        // Ending at midnight exactly as the next shift starts is no overlap; half an hour later is.
        verifier.verifyThat(RosterConstraints::noOverlap)
                .given(shift(agent, 0, 14, 24), shift(agent, 1, 0, 4))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::noOverlap)
                .given(shift(agent, 0, 14, 24.5), shift(agent, 1, 0, 4))
                .penalizesBy(30);
    }

    @Test
    void shiftLength() {
        PlanningAgent agent = retailAgent("A1");

        verifier.verifyThat(RosterConstraints::shiftLength)
                .given(shift(agent, 0, 9, 12), shift(agent, 2, 8, 19), shift(agent, 4, 9, 17))
                .penalizesBy(60 + 60);
        // 4 to 10 hours: both ends are allowed, half an hour beyond either is not.
        verifier.verifyThat(RosterConstraints::shiftLength)
                .given(shift(agent, 0, 9, 13), shift(agent, 2, 8, 18))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::shiftLength)
                .given(shift(agent, 0, 9, 12.5), shift(agent, 2, 8, 18.5))
                .penalizesBy(30 + 30);
    }

    @Test
    void dailyMaxHours() {
        ContractTerms eightHourDays = new ContractTerms(0, 40 * 60, 8 * 60, 4 * 60, 10 * 60, 11 * 60, 5);
        PlanningAgent agent = agent("A1", eightHourDays, List.of());

        verifier.verifyThat(RosterConstraints::dailyMaxHours)
                .given(shift(agent, 0, 8, 17.5), shift(agent, 1, 9, 17))
                .penalizesBy(90);
        verifier.verifyThat(RosterConstraints::dailyMaxHours)
                .given(shift(agent, 1, 9, 17))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::dailyMaxHours)
                .given(shift(agent, 1, 9, 17.5))
                .penalizesBy(30);
    }

    @Test
    void weeklyMaxHours() {
        PlanningAgent agent = retailAgent("A1");

        verifier.verifyThat(RosterConstraints::weeklyMaxHours)
                .given(
                        shift(agent, 0, 8, 18),
                        shift(agent, 1, 8, 18),
                        shift(agent, 2, 8, 18),
                        shift(agent, 3, 8, 18),
                        shift(agent, 4, 8, 13))
                .penalizesBy(5 * 60);
        // Exactly the 40 h maximum is free; half an hour more is not.
        verifier.verifyThat(RosterConstraints::weeklyMaxHours)
                .given(shift(agent, 0, 8, 18), shift(agent, 1, 8, 18), shift(agent, 2, 8, 18), shift(agent, 3, 8, 18))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::weeklyMaxHours)
                .given(shift(agent, 0, 8, 18), shift(agent, 1, 8, 18), shift(agent, 2, 8, 18), shift(agent, 3, 8, 18.5))
                .penalizesBy(30);
    }

    @Test
    void restBetweenShifts() {
        PlanningAgent agent = retailAgent("A1");

        // Monday ends 22:00, Tuesday starts 06:00: 8 h of rest where 11 h are due.
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(shift(agent, 0, 14, 22), shift(agent, 1, 6, 14), shift(agent, 3, 9, 17))
                .penalizesBy(3 * 60);
        // Tuesday at 09:00 gives exactly the 11 h due; at 08:30 half an hour is missing.
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(shift(agent, 0, 14, 22), shift(agent, 1, 9, 17))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(shift(agent, 0, 14, 22), shift(agent, 1, 8.5, 16.5))
                .penalizesBy(30);
    }

    @Test
    void maxConsecutiveDays() {
        ContractTerms threeInARow = new ContractTerms(0, 60 * 60, 10 * 60, 4 * 60, 10 * 60, 11 * 60, 3);
        PlanningAgent agent = agent("A1", threeInARow, List.of());

        verifier.verifyThat(RosterConstraints::maxConsecutiveDays)
                .given(
                        shift(agent, 0, 9, 13),
                        shift(agent, 1, 9, 13),
                        shift(agent, 2, 9, 13),
                        shift(agent, 3, 9, 13),
                        shift(agent, 5, 9, 13))
                .penalizesBy(24 * 60);
        // Three in a row, then a day off: exactly the limit.
        verifier.verifyThat(RosterConstraints::maxConsecutiveDays)
                .given(
                        shift(agent, 0, 9, 13),
                        shift(agent, 1, 9, 13),
                        shift(agent, 2, 9, 13),
                        shift(agent, 4, 9, 13),
                        shift(agent, 5, 9, 13))
                .penalizesBy(0);
    }

    @Test
    void agentsShort() {
        List<CoverageSlot> needTwo = slots(RETAIL_VOICE, 20, 22, 2, 40); // 20 contacts at stake per agent
        List<CoverageSlot> needOne = slots(RETAIL_VOICE, 22, 24, 1, 0);

        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(concat(needTwo, needOne, List.of(shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needTwo))))
                .penalizesBy(2 * 20 + 2 * 1);
        // Exactly the two agents required: nothing short.
        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(concat(
                        needTwo,
                        List.of(),
                        List.of(
                                shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needTwo),
                                shift(retailAgent("A2"), 0, 10, 11, RETAIL_VOICE, needTwo))))
                .penalizesBy(0);
    }

    @Test
    void agentsShortCountsAnAgentAwayDuringTheMealItsShiftIsDue() {
        // 09:00–17:00 needing one agent with 10 contacts at stake a slot; the 8-hour shift's nominal meal is
        // 12:45–13:15, so the agent is present only 15 of the 30 minutes of 12:30 and 13:00.
        List<CoverageSlot> needOne = slots(RETAIL_VOICE, 18, 34, 1, 10);
        ShiftOption withMeal =
                new ShiftOption(900_001, RETAIL_VOICE, 18, 16, GRAIN, needOne, List.of(new BreakOffset(225, 255)));
        ShiftAssignment day = new ShiftAssignment(retailAgent("A1"), RosterFixtures.MONDAY, 0, List.of(withMeal));
        day.setOption(withMeal);

        verifier.verifyThat(RosterConstraints::agentsShort)
                .given(concat(needOne, List.of(), List.of(day)))
                .penalizesBy(2 * 5); // half an agent short in two slots, 10 contacts at stake per whole agent
        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(concat(needOne, List.of(), List.of(day)))
                .penalizesBy(0);
    }

    @Test
    void overstaffingLeavesOutTheMinutesAnAgentIsOnABreak() {
        List<CoverageSlot> needOne = slots(RETAIL_VOICE, 20, 22, 1, 10);
        ShiftOption withBreak =
                new ShiftOption(900_002, RETAIL_VOICE, 20, 2, GRAIN, needOne, List.of(new BreakOffset(30, 45)));
        ShiftAssignment onBreak = new ShiftAssignment(retailAgent("A2"), RosterFixtures.MONDAY, 0, List.of(withBreak));
        onBreak.setOption(withBreak);

        // Two agents where one is needed: 2 × 30 idle minutes, less the 15 the second is on a break.
        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(concat(
                        needOne,
                        List.of(),
                        List.of(shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needOne), onBreak)))
                .penalizesBy(2 * 30 - 15);
    }

    @Test
    void overstaffing() {
        List<CoverageSlot> needOne = slots(RETAIL_VOICE, 20, 22, 1, 10);

        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(concat(
                        needOne,
                        List.of(),
                        List.of(
                                shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needOne),
                                shift(retailAgent("A2"), 0, 10, 11, RETAIL_VOICE, needOne),
                                shift(retailAgent("A3"), 0, 10, 11, RETAIL_VOICE, needOne))))
                .penalizesBy(2 * 2 * 30);
        // Exactly the one agent required: nobody idle; a second is idle for both slots.
        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(concat(needOne, List.of(), List.of(shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needOne))))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::overstaffing)
                .given(concat(
                        needOne,
                        List.of(),
                        List.of(
                                shift(retailAgent("A1"), 0, 10, 11, RETAIL_VOICE, needOne),
                                shift(retailAgent("A2"), 0, 10, 11, RETAIL_VOICE, needOne))))
                .penalizesBy(2 * 30);
    }

    @Test
    void weeklyMinimumHours() {
        PlanningAgent worksSomeHours = retailAgent("A1");
        PlanningAgent worksNone = retailAgent("A2");

        verifier.verifyThat(RosterConstraints::weeklyMinimumHours)
                .given(worksSomeHours, worksNone, shift(worksSomeHours, 0, 8, 16))
                .penalizesBy((20 - 8) * 60 + 20 * 60);
        // Exactly the 20 h minimum is free; half an hour less is not.
        verifier.verifyThat(RosterConstraints::weeklyMinimumHours)
                .given(worksSomeHours, shift(worksSomeHours, 0, 8, 18), shift(worksSomeHours, 1, 8, 18))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::weeklyMinimumHours)
                .given(worksSomeHours, shift(worksSomeHours, 0, 8, 18), shift(worksSomeHours, 1, 8, 17.5))
                .penalizesBy(30);
    }

    @Test
    void fairHours() {
        PlanningAgent light = retailAgent("A1");
        PlanningAgent heavy = retailAgent("A2");

        // Loads are per mille of the 40 h maximum: 8 h = 200, 24 h = 600; unfairness = √(200² + 200²) = 282.8.
        verifier.verifyThat(RosterConstraints::fairHours)
                .given(shift(light, 0, 9, 17), shift(heavy, 0, 9, 17), shift(heavy, 1, 9, 17), shift(heavy, 2, 9, 17))
                .penalizesBy(282);

        // An agent given nothing counts with load 0: loads 200, 600, 0 around 266.7 give √186,667 = 432.0.
        ShiftAssignment idleDay = shift(retailAgent("A3"), 0, 9, 17);
        idleDay.setOption(null);
        verifier.verifyThat(RosterConstraints::fairHours)
                .given(
                        shift(light, 0, 9, 17),
                        shift(heavy, 0, 9, 17),
                        shift(heavy, 1, 9, 17),
                        shift(heavy, 2, 9, 17),
                        idleDay)
                .penalizesBy(432);

        // Equal loads: no spread to penalize.
        verifier.verifyThat(RosterConstraints::fairHours)
                .given(shift(light, 0, 9, 17), shift(heavy, 0, 9, 17))
                .penalizesBy(0);
    }

    @Test
    void fairTalkTime() {
        List<CoverageSlot> busy =
                List.of(new CoverageSlot(RETAIL_VOICE, 20, GRAIN, true, 1, 60, 30)); // 30 talk minutes
        List<CoverageSlot> quiet =
                List.of(new CoverageSlot(RETAIL_VOICE, 21, GRAIN, true, 1, 12, 30)); // 6 talk minutes

        // Loads per mille of 2,400 minutes: 30 → 12, 6 → 2; unfairness = √(5² + 5²) = 7.07.
        verifier.verifyThat(RosterConstraints::fairTalkTime)
                .given(
                        shift(retailAgent("A1"), 0, 10, 10.5, RETAIL_VOICE, busy),
                        shift(retailAgent("A2"), 0, 10.5, 11, RETAIL_VOICE, quiet))
                .penalizesBy(7);
        // The same talk time each: no spread to penalize.
        verifier.verifyThat(RosterConstraints::fairTalkTime)
                .given(
                        shift(retailAgent("A1"), 0, 10, 10.5, RETAIL_VOICE, busy),
                        shift(retailAgent("A2"), 0, 10, 10.5, RETAIL_VOICE, busy))
                .penalizesBy(0);
    }

    @Test
    void preferences() {
        PlanningAgent prefersMornings = new PlanningAgent(
                "A1",
                "America/New_York",
                fullTime(),
                Set.of(RETAIL_VOICE),
                List.of(new IndexRange(16, 40)),
                List.of(),
                List.of(new IndexRange(16, 26))); // Monday 08:00–13:00
        PlanningAgent noWishes = retailAgent("A2");

        verifier.verifyThat(RosterConstraints::preferences)
                .given(shift(prefersMornings, 0, 9, 17), shift(noWishes, 0, 9, 17))
                .penalizesBy(4 * 60);
        // Exactly the preferred 08:00–13:00 is free; half an hour past it is not.
        verifier.verifyThat(RosterConstraints::preferences)
                .given(shift(prefersMornings, 0, 8, 13))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraints::preferences)
                .given(shift(prefersMornings, 0, 8, 13.5))
                .penalizesBy(30);
    }

    private static Object[] concat(List<CoverageSlot> first, List<CoverageSlot> second, List<ShiftAssignment> shifts) {
        List<Object> facts = new ArrayList<>(first);
        facts.addAll(second);
        facts.addAll(shifts);
        return facts.toArray();
    }
}

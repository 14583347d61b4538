package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.MONDAY;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;
import static org.openwfm.roster.solver.ShiftOptionBuilder.shiftOption;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.roster.solver.RosterConstraints;

class AgentRerosterMovesTest {

    /** 08:00–20:00 on Monday: one agent needed until 12:00, two until 16:00, one until 20:00. */
    private final List<CoverageSlot> slots = new ArrayList<>();

    private final List<ShiftOption> eightHourShifts = new ArrayList<>();

    AgentRerosterMovesTest() {
        for (int index = 16; index < 40; index++) {
            slots.add(new CoverageSlot(RETAIL_VOICE, index, GRAIN, true, index >= 24 && index < 32 ? 2 : 1, 10));
        }
        for (int start = 16; start + 16 <= 40; start++) {
            eightHourShifts.add(shiftOption(start)
                    .intervals(start, start + 16)
                    .covering(slots.subList(start - 16, start))
                    .build());
        }
    }

    @Test
    void replanningWholeWeeksAloneTakesTwoCrowdedShiftsToFullCoverage() {
        PlanningAgent ana = retailAgent("ana");
        PlanningAgent ben = retailAgent("ben");
        // Both 10:00–18:00: 08:00–10:00 and 18:00–20:00 uncovered, 10:00–12:00 and 16:00–18:00 over-staffed.
        ShiftAssignment anaMonday = monday(ana, 20);
        ShiftAssignment benMonday = monday(ben, 20);
        Roster roster = new Roster(
                Instant.parse("2026-11-30T05:00:00Z"), GRAIN, List.of(ana, ben), slots, List.of(anaMonday, benMonday));

        Roster best = SolverFactory.<Roster>create(rerosterOnly()).buildSolver().solve(roster);

        assertThat(best.getScore().hardScore()).isZero();
        assertThat(best.getScore().mediumScore()).isZero();
        assertThat(best.getAssignments())
                .extracting(day -> day.getOption().start())
                .containsExactlyInAnyOrder(16, 24);
    }

    private ShiftAssignment monday(PlanningAgent agent, int start) {
        ShiftAssignment day = new ShiftAssignment(agent, MONDAY, 0, eightHourShifts);
        day.setOption(eightHourShifts.get(start - 16));
        return day;
    }

    /** Local search with the reroster move only and plain hill climbing, so no other move can be what fixed it. */
    private static SolverConfig rerosterOnly() {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(
                                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(AgentRerosterMoves.class))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(20));
    }
}

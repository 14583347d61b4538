package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.RosterFixtures.DAY;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.MONDAY;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.agent;
import static org.openwfm.roster.solver.RosterFixtures.fullTime;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;
import ai.timefold.solver.core.config.solver.monitoring.SolverMetric;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.roster.solver.RosterConstraints;

/**
 * The custom moves under Timefold's full assertions: after every move the incremental score is checked against a
 * score calculated from scratch, and after every undo against the score before the move. A move that forgets to
 * announce a change, or leaves the roster other than it found it, fails here rather than as a silently wrong
 * schedule. Ends after a number of moves, not a time, so every run (same default seed) makes the same moves.
 */
class RerosterMovesFullAssertTest {

    private static final int DAYS = 3;

    /** Over a hundred of them reroster moves (the union picks its three move kinds about evenly), in ~10 s. */
    private static final long MOVE_LIMIT = 300;

    @Test
    void theProductionSearchKeepsItsScoreExactThroughEveryMoveAndUndo() {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                // What Quarkus fills in when it reads the same file.
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(MOVE_LIMIT))
                .withMonitoringConfig(
                        new MonitoringConfig().withSolverMetricList(List.of(SolverMetric.MOVE_COUNT_PER_TYPE)));
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();

        Roster best = solver.solve(crowdedDays());

        Map<String, Long> movesByType =
                ((DefaultSolver<Roster>) solver).getSolverScope().getMoveEvaluationCountPerType();
        assertThat(movesByType)
                .hasEntrySatisfying("RerosterMove", count -> assertThat(count).isGreaterThan(50));
        assertThat(best.getScore().isFeasible()).isTrue();
    }

    /**
     * Four agents on three days of retail voice, 08:00–20:00, two agents needed from 10:00 to 18:00, and all of them
     * starting on the same 12:00–20:00 shift. Dee has the second day off and Ana's first day is pinned, so the moves
     * meet both. Every day starts assigned, so the construction leaves all moves to the local search.
     */
    static Roster crowdedDays() {
        List<CoverageSlot> slots = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int index = day * DAY + 16; index < day * DAY + 40; index++) {
                int hour = (index - day * DAY) / 2;
                slots.add(new CoverageSlot(RETAIL_VOICE, index, GRAIN, true, hour >= 10 && hour < 18 ? 2 : 1, 6));
            }
        }
        List<PlanningAgent> agents = List.of(
                retailAgent("ana"),
                retailAgent("ben"),
                retailAgent("cai"),
                agent("dee", fullTime(), List.of(new IndexRange(DAY, 2 * DAY))));
        // Options are shared by every agent who may take them, as the problem builder shares them.
        List<List<ShiftOption>> optionsByDay = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            optionsByDay.add(options(slots, day, day * 1_000L));
        }
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (PlanningAgent planningAgent : agents) {
            for (int day = 0; day < DAYS; day++) {
                boolean off = planningAgent.id().equals("dee") && day == 1;
                List<ShiftOption> options = off ? List.of() : optionsByDay.get(day);
                ShiftAssignment assignment = new ShiftAssignment(planningAgent, MONDAY.plusDays(day), day, options);
                assignment.setOption(off ? null : options.get(options.size() - 1));
                assignments.add(assignment);
            }
        }
        assignments.get(0).setPinned(true);
        return new Roster(Instant.parse("2026-11-30T05:00:00Z"), GRAIN, agents, slots, assignments);
    }

    /** Shifts of 4, 6 and 8 hours starting on the hour from 08:00, ending by 20:00; the last is 12:00–20:00. */
    private static List<ShiftOption> options(List<CoverageSlot> slots, int day, long firstId) {
        List<ShiftOption> options = new ArrayList<>();
        long id = firstId;
        for (int length : new int[] {8, 12, 16}) {
            for (int start = day * DAY + 16; start + length <= day * DAY + 40; start += 2) {
                int first = day * 24 + start - (day * DAY + 16);
                options.add(new ShiftOption(
                        ++id, RETAIL_VOICE, start, length, GRAIN, slots.subList(first, first + length)));
            }
        }
        return options;
    }
}

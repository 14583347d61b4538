package org.openwfm.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SampleWeekSolveTest {

    @Inject
    RosterProblemBuilder builder;

    @Inject
    SolverFactory<Roster> solverFactory;

    @Test
    void solvesTheSampleWeekWithoutBreakingAHardRule() {
        RosterProblem problem = builder.build(LocalDate.parse("2026-11-30"), List.of());
        Roster roster = problem.roster();
        long options = roster.getAssignments().stream().mapToLong(a -> a.getOptions().size()).sum();
        System.out.printf("entities %d, option refs %d, slots %d%n", roster.getAssignments().size(), options,
                roster.getSlots().size());

        Roster solved = solverFactory.buildSolver(new SolverConfigOverride<Roster>().withTerminationConfig(
                new TerminationConfig().withSpentLimit(Duration.ofSeconds(20)))).solve(roster);

        System.out.println("score " + solved.getScore() + ", shifts "
                + solved.getAssignments().stream().filter(ShiftAssignment::isWorking).count());
        assertThat(solved.getScore().hardScore()).isZero();
    }
}

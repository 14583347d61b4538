package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.roster.solver.RosterConstraints;

/** The first schedule, built week by week, under Timefold's full assertions (every change announced). */
class WeekByWeekConstructionTest {

    @Test
    void buildsEveryWeekWithoutShiftsAndKeepsPinnedDaysAndWeeksThatHaveShifts() {
        Roster roster = RerosterMovesFullAssertTest.crowdedDays();
        // Ana's first day stays pinned on its shift, Ben keeps his third day's shift (a takeover's stored week),
        // every other day starts empty.
        ShiftOption anaPinned = roster.getAssignments().get(0).getOption();
        ShiftOption benKept = day(roster, "ben", 2).getOption();
        roster.getAssignments().stream()
                .filter(day -> !day.isPinned() && day != day(roster, "ben", 2))
                .forEach(day -> day.setOption(null));

        Roster built = solve(roster);

        assertThat(day(built, "ana", 0).getOption()).isSameAs(anaPinned);
        assertThat(day(built, "ben", 2).getOption()).isSameAs(benKept);
        assertThat(day(built, "ben", 0).getOption())
                .as("Ben's week already had a shift")
                .isNull();
        assertThat(day(built, "ben", 1).getOption()).isNull();
        for (String agent : List.of("ana", "cai", "dee")) {
            assertThat(built.getAssignments().stream()
                            .filter(day -> day.getAgent().id().equals(agent) && !day.isPinned())
                            .filter(day -> day.getOption() != null))
                    .as("%s has a week", agent)
                    .isNotEmpty();
        }
        assertThat(day(built, "dee", 1).getOption())
                .as("Dee's day without options stays off")
                .isNull();
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(built.getScore().mediumScore())
                .as("fewer contacts at stake than the week it started from")
                .isGreaterThan(scoreOf(roster).mediumScore());
    }

    private static HardMediumSoftScore scoreOf(Roster roster) {
        return SolutionManager.<Roster, HardMediumSoftScore>create(SolverFactory.create(config()))
                .update(roster);
    }

    private static Roster solve(Roster roster) {
        Solver<Roster> solver = SolverFactory.<Roster>create(config()).buildSolver();
        return solver.solve(roster);
    }

    private static SolverConfig config() {
        return SolverConfig.createFromXmlResource("solverConfig.xml")
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(WeekByWeekConstruction.class)));
    }

    private static ShiftAssignment day(Roster roster, String agentId, int dayIndex) {
        return roster.getAssignments().stream()
                .filter(day -> day.getAgent().id().equals(agentId) && day.getDayIndex() == dayIndex)
                .findFirst()
                .orElseThrow();
    }
}

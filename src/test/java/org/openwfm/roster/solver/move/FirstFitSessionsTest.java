package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.move.ActivityWeek.DAY;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.solver.RosterConstraints;

/**
 * Sessions fixed first-fit (openwfm.roster.activity-placement=first-fit): pinned at a start before any shift exists,
 * the shifts are built around them. The session here lies where nobody is needed (Thursday 19:00, demand only on
 * Monday), so a week built for coverage alone would not hold it.
 */
class FirstFitSessionsTest {

    /** Thursday 19:00–19:30: the day's last half-hour open. */
    private static final int THURSDAY_SEVEN_PM = 3 * DAY + 38;

    @Test
    void theWeekByWeekConstructionGivesAPinnedSessionsAttendeesShiftsThroughIt() {
        Roster built = solve(pinnedMeetingWeek(), List.of(WeekByWeekConstruction.class), 0);

        assertAttendeesOnShiftThrough(built);
        assertThat(built.getScore().hardScore()).isZero();
    }

    @Test
    void theWholeSearchKeepsThePinnedSessionWhereItIsWithEveryAttendeeOnShift() {
        Roster solved = solve(pinnedMeetingWeek(), List.of(), 2);

        assertThat(solved.getActivities().get(0).getStart()).isEqualTo(THURSDAY_SEVEN_PM);
        assertAttendeesOnShiftThrough(solved);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    private static Roster pinnedMeetingWeek() {
        ActivityWeek week = new ActivityWeek(index -> index / DAY == 0 ? 2 : 0);
        List<PlanningAgent> team = List.of(week.agent("A1"), week.agent("A2"));
        ActivityAssignment meeting = week.session("meeting", "S1", team, 1, List.of(1, 2, 3), 16, 40);
        meeting.setStart(THURSDAY_SEVEN_PM);
        meeting.setPinned(true);
        return week.roster();
    }

    private static void assertAttendeesOnShiftThrough(Roster roster) {
        ActivityAssignment meeting = roster.getActivities().get(0);
        assertThat(meeting.getStart()).isEqualTo(THURSDAY_SEVEN_PM);
        for (PlanningAgent attendee : meeting.getAttendees()) {
            assertThat(roster.getAssignments().stream()
                            .filter(day -> day.getAgent().equals(attendee) && day.getOption() != null)
                            .filter(day -> day.getOption().covers(THURSDAY_SEVEN_PM, THURSDAY_SEVEN_PM + 1)))
                    .as("%s works Thursday through 19:30", attendee.id())
                    .hasSize(1)
                    .allMatch(day -> day.getDayIndex() == 3);
        }
    }

    /** The service's search, or only the given phases of it (then with full assertions), for the seconds given. */
    private static Roster solve(Roster roster, List<Class<? extends WeekByWeekConstruction>> phases, int seconds) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class);
        if (phases.isEmpty()) {
            config = config.withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                    .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit((long) seconds));
        } else {
            config = config.withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                    .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.copyOf(phases)));
        }
        return SolverFactory.<Roster>create(config).buildSolver().solve(roster);
    }
}

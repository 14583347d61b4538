package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.move.ActivityWeek.DAY;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.breaks.BreakPlanner;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.roster.solver.RosterConstraints;
import org.openwfm.workforce.BreakTerms;

/**
 * Sessions placed by the service's own search (solverConfig.xml), and the result checked by arithmetic written here,
 * apart from the constraints: who is on shift, on break and in two sessions at once, and what coverage is left.
 */
class ActivityPlacementTest {

    private static final int GRAIN = 30;

    @Test
    void aWeekWithAMeetingCoachingForTheTeamAndATrainingHasEverySessionPlacedWithItsAttendeesPresent() {
        ActivityWeek week = new ActivityWeek(index -> index / DAY < 5 ? 3 : 1);
        List<PlanningAgent> team =
                List.of(week.agent("A1"), week.agent("A2"), week.agent("A3"), week.agent("A4"), week.agent("A5"));
        List<PlanningAgent> trainees = List.of(week.agent("A6"), week.agent("A7"), week.agent("A8"));
        // Tuesday to Thursday 10:00–16:00 for the team's sessions, Monday to Friday 09:00–17:00 for the training.
        week.session("meeting", "S1", team, 1, List.of(1, 2, 3), 20, 32);
        team.forEach(
                agent -> week.session("coaching/" + agent.id(), "S1", List.of(agent), 1, List.of(1, 2, 3), 20, 32));
        week.session("training", "T1", trainees, 4, List.of(0, 1, 2, 3, 4), 18, 34);

        Roster solved = solve(week.roster(), 10, EnvironmentMode.REPRODUCIBLE);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getActivities()).hasSize(7).allMatch(ActivityAssignment::isPlaced);
        // Breaks are placed after solving, as the service places them, and checked against the sessions here.
        List<ScheduledShift> withBreaks = placeBreaks(solved);
        for (ActivityAssignment session : solved.getActivities()) {
            Instant start = solved.instantOf(session.start());
            Instant end = solved.instantOf(session.end());
            for (PlanningAgent attendee : session.getAttendees()) {
                ScheduledShift shift = withBreaks.stream()
                        .filter(s -> s.agentId().equals(attendee.id())
                                && !s.start().isAfter(start)
                                && !s.end().isBefore(end))
                        .findFirst()
                        .orElse(null);
                assertThat(shift)
                        .as("%s is on shift through %s", attendee, session)
                        .isNotNull();
                assertThat(shift.breaks())
                        .as("%s is on no break during %s", attendee, session)
                        .noneMatch(pause -> pause.start().isBefore(end) && start.isBefore(pause.end()));
            }
        }
        List<ActivityAssignment> led = solved.getActivities().stream()
                .filter(session -> "S1".equals(session.getSupervisorId()))
                .toList();
        assertThat(led).hasSize(6);
        for (ActivityAssignment one : led) {
            for (ActivityAssignment other : led) {
                assertThat(one == other || one.end() <= other.start() || other.end() <= one.start())
                        .as("S1 is in %s and %s at once", one, other)
                        .isTrue();
            }
        }
        assertThat(solved.getScore().mediumScore())
                .as("the score's medium level is the contacts at stake counted with attendees away")
                .isEqualTo(-contactsAtStake(solved));
    }

    @Test
    void aMeetingLandsInTheTroughOfTheDaysDemand() {
        // Wednesday 09:00–17:00 needs 4 agents, except 15:00–15:30, which needs 1: the one obvious trough.
        int wednesday = 2 * DAY;
        int trough = wednesday + 30;
        ActivityWeek week = new ActivityWeek(index -> index == trough ? 1 : 4);
        List<PlanningAgent> team = List.of(week.agent("A1"), week.agent("A2"), week.agent("A3"), week.agent("A4"));
        for (ShiftAssignment day : week.days()) {
            if (day.getDayIndex() != 2) {
                day.setOptions(List.of());
                continue;
            }
            ShiftOption nineToFive = day.getOptions().stream()
                    .filter(option -> option.start() == wednesday + 18 && option.length() == 16)
                    .findFirst()
                    .orElseThrow();
            assertThat(breakMinutesIn(nineToFive, trough, trough + 1))
                    .as("no break falls in the trough")
                    .isZero();
            day.setOption(nineToFive);
            day.setPinned(true);
        }
        week.session("meeting", "S1", team, 1, List.of(2), 18, 34);

        Roster solved = solve(week.roster(), 3, EnvironmentMode.REPRODUCIBLE);

        assertThat(solved.getActivities().get(0).getStart()).isEqualTo(trough);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void sessionMovesKeepTheScoreExactUnderFullAssertions() {
        ActivityWeek week = new ActivityWeek(index -> 1);
        List<PlanningAgent> team = List.of(week.agent("A1"), week.agent("A2"), week.agent("A3"));
        week.session("meeting", "S1", team, 1, List.of(1, 2), 20, 32);
        team.forEach(agent -> week.session("coaching/" + agent.id(), "S1", List.of(agent), 1, List.of(1, 2), 20, 32));

        Roster solved = solve(week.roster(), 3, EnvironmentMode.FULL_ASSERT);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getActivities()).allMatch(ActivityAssignment::isPlaced);
    }

    /** The solution's shifts with breaks placed by the service's planner, clear of the sessions. */
    private static List<ScheduledShift> placeBreaks(Roster solved) {
        List<ScheduledShift> shifts = solved.getAssignments().stream()
                .filter(ShiftAssignment::isWorking)
                .map(day -> new ScheduledShift(
                        day.getAgent().id(), day.channel(), solved.instantOf(day.start()), solved.instantOf(day.end())))
                .toList();
        List<ScheduledActivity> sessions = solved.getActivities().stream()
                .map(session -> new ScheduledActivity(
                        session.getId(),
                        session.getName(),
                        ScheduledActivity.TEAM_MEETING,
                        session.getSupervisorId(),
                        null,
                        null,
                        session.getAway().stream().map(PlanningAgent::id).toList(),
                        solved.instantOf(session.start()),
                        solved.instantOf(session.end())))
                .toList();
        Map<Instant, Integer> required = new HashMap<>();
        solved.getSlots().forEach(slot -> required.put(solved.instantOf(slot.index()), slot.required()));
        Map<String, BreakTerms> rules = new HashMap<>();
        solved.getAgents().forEach(agent -> rules.put(agent.id(), ActivityWeek.BREAKS));
        return new BreakPlanner((channel, at) -> required.getOrDefault(
                        Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), 1800) * 1800), 0))
                .place(shifts, rules, sessions);
    }

    private static int breakMinutesIn(ShiftOption shift, int start, int end) {
        int from = (start - shift.start()) * GRAIN;
        int to = (end - shift.start()) * GRAIN;
        int minutes = 0;
        for (BreakOffset pause : shift.breaks()) {
            minutes += Math.max(0, Math.min(to, pause.endMinute()) - Math.max(from, pause.startMinute()));
        }
        return minutes;
    }

    /**
     * Contacts at stake worked out from the shifts and sessions: per slot, the minutes agents are there (off break,
     * out of sessions), the missing share of the requirement times the stake per agent, rounded half up.
     */
    private static long contactsAtStake(Roster roster) {
        Map<Integer, Integer> present = new HashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            ShiftOption shift = day.getOption();
            if (shift == null) {
                continue;
            }
            for (int index = shift.start(); index < shift.start() + shift.length(); index++) {
                int away = breakMinutesIn(shift, index, index + 1);
                for (ActivityAssignment session : roster.getActivities()) {
                    if (session.getAttendees().contains(day.getAgent())
                            && session.start() <= index
                            && index < session.end()) {
                        away = GRAIN;
                    }
                }
                present.merge(index, GRAIN - away, Integer::sum);
            }
        }
        long stake = 0;
        for (CoverageSlot slot : roster.getSlots()) {
            long missing = (long) slot.required() * GRAIN - present.getOrDefault(slot.index(), 0);
            if (missing > 0) {
                stake += (2 * missing * slot.stakePerMissingAgent() + GRAIN) / (2L * GRAIN);
            }
        }
        return stake;
    }

    private static Roster solve(Roster roster, int seconds, EnvironmentMode mode) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(mode)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit((long) seconds));
        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(roster);
        SolutionManager.<Roster, HardMediumSoftScore>create(SolverFactory.create(config))
                .update(solved);
        return solved;
    }
}

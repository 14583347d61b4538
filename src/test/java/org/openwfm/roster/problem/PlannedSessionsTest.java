package org.openwfm.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.activity.ActivityKind;
import org.openwfm.activity.ActivityPlacement;
import org.openwfm.activity.ActivitySession;
import org.openwfm.activity.ActivityWindow;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.team.SupervisorProfile;

/** The week's sessions as the builder hands them to the solver, on a UTC week with UTC people (intervals of 30 min). */
class PlannedSessionsTest {

    private static final Instant MONDAY = Instant.parse("2027-06-07T00:00:00Z");
    private static final Horizon WEEK = new Horizon(MONDAY, MONDAY.plusSeconds(7 * 86_400), 30);
    private static final SupervisorProfile SAM = new SupervisorProfile(
            "S1", "Sam", "UTC", null, List.of(new Availability(DayOfWeek.TUESDAY, 9 * 60, 17 * 60)));

    /** Available every day 08:00–20:00. */
    private static PlanningAgent agent(String id) {
        List<IndexRange> days = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            days.add(new IndexRange(day * 48 + 16, day * 48 + 40));
        }
        return new PlanningAgent(
                id, "UTC", new ContractTerms(0, 2400, 600, 240, 600, 660, 5), Set.of(), days, List.of());
    }

    private static ActivitySession coaching(String agentId) {
        return new ActivitySession(
                "7/" + agentId,
                7,
                ActivityKind.COACHING,
                "Coaching for " + agentId,
                null,
                SAM,
                List.of(agentId),
                30,
                new ActivityWindow(List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 10 * 60, 12 * 60, "UTC"),
                ActivityPlacement.IN_SHIFT,
                5);
    }

    @Test
    void aSessionMayStartWhereItsAgentAndSupervisorAreBothAvailableInItsWindow() {
        PlannedSessions sessions = new PlannedSessions(WEEK, 30, List.of(agent("A1")), List.of(), false);

        sessions.add(coaching("A1"));

        // Tuesday 10:00–12:00 (intervals 68–71); Wednesday is outside Sam's hours.
        assertThat(sessions.assignments)
                .singleElement()
                .satisfies(session -> assertThat(session.getStarts()).containsExactly(68, 69, 70, 71));
        assertThat(sessions.unplaceable).isEmpty();
    }

    @Test
    void aSessionWithAnAgentOutsideTheProblemComesInWithNoStartAndSaysWhy() {
        PlannedSessions sessions = new PlannedSessions(WEEK, 30, List.of(agent("A1")), List.of(), false);
        ActivitySession both = new ActivitySession(
                "8",
                8,
                ActivityKind.TRAINING,
                "Safety refresher",
                null,
                null,
                List.of("A1", "A9"),
                60,
                new ActivityWindow(List.of(DayOfWeek.MONDAY), 9 * 60, 17 * 60, "UTC"),
                ActivityPlacement.IN_SHIFT,
                5);

        sessions.add(both);
        sessions.add(coaching("A9")); // nobody of this problem: another schedule's session

        assertThat(sessions.assignments)
                .singleElement()
                .satisfies(session -> assertThat(session.getStarts()).isEmpty());
        assertThat(sessions.unplaceable)
                .containsEntry(
                        "8",
                        "A9 is not in this schedule: certified for none of its clients; plan A9's clients in the same"
                                + " schedule to place it");
    }

    @Test
    void aPublishedSessionKeepsItsStartPinnedWhileItStillFits() {
        PlannedSessions sessions = new PlannedSessions(WEEK, 30, List.of(agent("A1"), agent("A2")), List.of(), false);
        sessions.add(coaching("A1"));
        sessions.add(coaching("A2"));

        sessions.pin(List.of(
                published("7/A1", MONDAY.plusSeconds((24 + 11) * 3600)), // Tuesday 11:00, a start it may take
                published("7/A2", MONDAY.plusSeconds((24 + 16) * 3600)))); // Tuesday 16:00, past Sam's window

        ActivityAssignment first = sessions.assignments.get(0);
        ActivityAssignment second = sessions.assignments.get(1);
        assertThat(first.getStart()).isEqualTo(70);
        assertThat(first.isPinned()).isTrue();
        assertThat(second.getStart()).isNull();
        assertThat(second.isPinned()).isFalse();
    }

    @Test
    void aSessionAnotherPublishedScheduleHoldsStaysThereAndItsTimeIsTaken() {
        PlannedSessions sessions = new PlannedSessions(WEEK, 30, List.of(agent("A1"), agent("A2")), List.of(), false);
        // A schedule for other clients placed Sam's coaching of A2 on Tuesday 10:00–10:30.
        sessions.publishedElsewhere(List.of(published("7/A2", MONDAY.plusSeconds((24 + 10) * 3600))));

        sessions.add(coaching("A1"));
        sessions.add(coaching("A2"));

        assertThat(sessions.assignments).singleElement().satisfies(session -> {
            assertThat(session.getId()).isEqualTo("7/A1");
            assertThat(session.getStarts()).containsExactly(69, 70, 71);
        });
        assertThat(sessions.sessions).containsOnlyKeys("7/A1");
        assertThat(sessions.unplaceable).isEmpty();
    }

    @Test
    void whenSessionsElsewhereTakeTheWholeWindowTheReasonNamesThem() {
        PlannedSessions sessions = new PlannedSessions(WEEK, 30, List.of(agent("A1")), List.of(), false);
        Instant tuesdayTen = MONDAY.plusSeconds((24 + 10) * 3600);
        sessions.publishedElsewhere(List.of(new ScheduledActivity(
                "9",
                "Team meeting of Team West",
                "TEAM_MEETING",
                "S1",
                "Sam",
                "Team West",
                List.of("A5", "A6"),
                tuesdayTen,
                tuesdayTen.plusSeconds(2 * 3600))));

        sessions.add(coaching("A1"));

        assertThat(sessions.assignments)
                .singleElement()
                .satisfies(session -> assertThat(session.getStarts()).isEmpty());
        assertThat(sessions.unplaceable)
                .containsExactly(java.util.Map.entry(
                        "7/A1",
                        "A1 and supervisor S1 share no free half-hour on Tue, Wed 10:00–12:00 outside sessions"
                                + " published in other schedules: supervisor S1 in Team meeting of Team West"));
    }

    private static ScheduledActivity published(String key, Instant start) {
        return new ScheduledActivity(
                key, key, "COACHING", "S1", "Sam", null, List.of(), start, start.plusSeconds(1800));
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.api.ScheduleStatus;
import org.openwfm.shared.error.DomainException;
import org.openwfm.shared.error.RequestRefusedException;
import org.openwfm.shared.error.StateConflictException;
import org.openwfm.workforce.Agent;
import org.openwfm.workforce.AgentProfile;

/** Each publish rule kept exactly at its edge and broken just past it, with the refusal planners read. */
class PublishRuleTest {

    static final LocalDate WEEK = LocalDate.parse("2027-03-15");
    static final Instant PLANNED_AT = Instant.parse("2027-03-10T09:00:00Z");
    static final ChannelKey BANK = new ChannelKey("bank", Channel.VOICE);
    static final ScheduledShift MONDAY = shift("2027-03-15T16:00:00Z", "2027-03-16T00:00:00Z");

    @Test
    void solved() {
        assertThat(PublishRule.SOLVED.check(candidate(schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft"))))
                .isEmpty();
        assertThat(PublishRule.SOLVED.check(candidate(schedule(ScheduleStatus.CANCELLED, "0hard/0medium/0soft"))))
                .isEmpty();
        assertRefused(
                PublishRule.SOLVED.check(candidate(schedule(ScheduleStatus.SOLVING, "0hard/0medium/0soft"))),
                StateConflictException.class,
                "Schedule 7 is SOLVING; only a solved schedule can be published");
    }

    @Test
    void feasibleMeansNoHardPenaltyAtAll() {
        assertThat(PublishRule.FEASIBLE.check(candidate(schedule(ScheduleStatus.SOLVED, "0hard/-40medium/-900soft"))))
                .isEmpty();
        assertRefused(
                PublishRule.FEASIBLE.check(candidate(schedule(ScheduleStatus.SOLVED, "-1hard/0medium/0soft"))),
                RequestRefusedException.class,
                "Schedule 7 breaks hard rules (-1hard/0medium/0soft) and cannot be published");
        assertThat(PublishRule.feasible(null)).isFalse();
        assertThat(PublishRule.feasible("not a score")).isFalse();
    }

    @Test
    void replacesOnlyOlderSchedulesOfItsClients() {
        Schedule older = published(3, "bank", PLANNED_AT);
        Schedule newer = published(3, "bank", PLANNED_AT.plusSeconds(1));
        Schedule wider = published(4, "bank,retail", PLANNED_AT.minusSeconds(3600));
        Schedule bank = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        assertThat(PublishRule.REPLACES_ONLY_OLDER_OF_ITS_CLIENTS.check(candidate(bank, List.of(older), List.of())))
                .isEmpty();
        String refusal = " is published for the week of 2027-03-15 with other clients, or after this one was planned;"
                + " re-plan the week";
        assertRefused(
                PublishRule.REPLACES_ONLY_OLDER_OF_ITS_CLIENTS.check(candidate(bank, List.of(newer), List.of())),
                StateConflictException.class,
                "Schedule 3" + refusal);
        assertRefused(
                PublishRule.REPLACES_ONLY_OLDER_OF_ITS_CLIENTS.check(candidate(bank, List.of(wider), List.of())),
                StateConflictException.class,
                "Schedule 4" + refusal);
    }

    @Test
    void plannedFromKnownOnlyMattersWhenReplacing() {
        Schedule untracked = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        untracked.plannedFrom = null;
        assertThat(PublishRule.PLANNED_FROM_KNOWN.check(candidate(untracked))).isEmpty();
        assertRefused(
                PublishRule.PLANNED_FROM_KNOWN.check(
                        candidate(untracked, List.of(published(3, "bank", PLANNED_AT)), List.of())),
                StateConflictException.class,
                "Schedule 7 was planned before this service tracked claims and releases; re-plan the week");
    }

    @Test
    void unchangedSincePlanned() {
        PublishedShift kept = new PublishedShift(3, WEEK, List.of("bank"), 11, MONDAY);
        Schedule schedule = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        schedule.plannedFrom = ShiftStore.digest(List.of(kept));
        List<Schedule> replaced = List.of(published(3, "bank", PLANNED_AT));
        assertThat(PublishRule.UNCHANGED_SINCE_PLANNED.check(candidate(schedule, replaced, List.of(kept))))
                .isEmpty();
        PublishedShift moved =
                new PublishedShift(3, WEEK, List.of("bank"), 11, shift("2027-03-15T16:00:00Z", "2027-03-15T23:00:00Z"));
        assertRefused(
                PublishRule.UNCHANGED_SINCE_PLANNED.check(candidate(schedule, replaced, List.of(moved))),
                StateConflictException.class,
                "Claims or releases changed the published week of 2027-03-15 after schedule 7 was planned;"
                        + " re-plan the week");
    }

    @Test
    void keepsPublishedShiftsUnlessReplanning() {
        PublishedShift kept = new PublishedShift(3, WEEK, List.of("bank"), 11, MONDAY);
        Schedule schedule = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        List<Schedule> replaced = List.of(published(3, "bank", PLANNED_AT));
        assertThat(PublishRule.KEEPS_PUBLISHED_SHIFTS.check(candidate(schedule, replaced, List.of(kept))))
                .isEmpty();
        PublishedShift dropped =
                new PublishedShift(3, WEEK, List.of("bank"), 12, shift("2027-03-17T16:00:00Z", "2027-03-17T20:00:00Z"));
        assertRefused(
                PublishRule.KEEPS_PUBLISHED_SHIFTS.check(candidate(schedule, replaced, List.of(kept, dropped))),
                StateConflictException.class,
                "Publishing would drop 1 published shift(s), such as A1 bank VOICE"
                        + " 2027-03-17T16:00:00Z–2027-03-17T20:00:00Z; re-plan the week again");
        schedule.replanPublished = true;
        assertThat(PublishRule.KEEPS_PUBLISHED_SHIFTS.check(candidate(schedule, replaced, List.of(kept, dropped))))
                .isEmpty();
    }

    @Test
    void noClashWithPublished() {
        Schedule schedule = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        assertThat(PublishRule.NO_CLASH_WITH_PUBLISHED.check(candidate(schedule)))
                .isEmpty();
        PublishCandidate clashing =
                new PublishCandidate(schedule, List.of(MONDAY), List.of(), List.of(), () -> List.of("a", "b"));
        assertRefused(
                PublishRule.NO_CLASH_WITH_PUBLISHED.check(clashing),
                StateConflictException.class,
                "Schedule 7 would double-book, crowd or overwork agents with published shifts: a; b");
    }

    @Test
    void noSessionClashWithPublished() {
        Schedule schedule = schedule(ScheduleStatus.SOLVED, "0hard/0medium/0soft");
        assertThat(PublishRule.NO_SESSION_CLASH_WITH_PUBLISHED.check(candidate(schedule)))
                .isEmpty();
        PublishCandidate clashing = new PublishCandidate(
                schedule, List.of(MONDAY), List.of(), List.of(), List::of, List::of, () -> List.of("a", "b"));
        assertRefused(
                PublishRule.NO_SESSION_CLASH_WITH_PUBLISHED.check(clashing),
                StateConflictException.class,
                "Schedule 7 would put people in two sessions at once, or place a session again, with published"
                        + " schedules: a; b; re-plan the week");
    }

    @Test
    void aSupervisorInAPublishedSessionOfAnotherScheduleClashesOnlyWhenTheyOverlap() {
        ScheduledActivity own = session("5/A2", "Coaching for A2", List.of("A2"), "2027-03-16T10:00:00Z", 30);
        ScheduledActivity touching = session("5/A1", "Coaching for A1", List.of("A1"), "2027-03-16T10:30:00Z", 30);
        ScheduledActivity overlapping = session("5/A1", "Coaching for A1", List.of("A1"), "2027-03-16T09:45:00Z", 30);

        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(3L, List.of(touching)), Set.of(3L)))
                .isEmpty();
        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(3L, List.of(overlapping)), Set.of(3L)))
                .containsExactly("supervisor S1 in Coaching for A2 2027-03-16T10:00:00Z–2027-03-16T10:30:00Z and in"
                        + " Coaching for A1 2027-03-16T09:45:00Z–2027-03-16T10:15:00Z of published schedule 3");
    }

    @Test
    void anAgentInTwoOverlappingSessionsClashesThoughTheSupervisorsDiffer() {
        ScheduledActivity own = session("5/A2", "Coaching for A2", List.of("A2"), "2027-03-16T10:00:00Z", 30);
        ScheduledActivity training = new ScheduledActivity(
                "6#1",
                "Fire drill",
                ScheduledActivity.TRAINING,
                null,
                null,
                null,
                List.of("A2", "A3"),
                Instant.parse("2027-03-16T09:00:00Z"),
                Instant.parse("2027-03-16T11:00:00Z"));

        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(4L, List.of(training)), Set.of(4L)))
                .containsExactly("A2 in Coaching for A2 2027-03-16T10:00:00Z–2027-03-16T10:30:00Z and in"
                        + " Fire drill 2027-03-16T09:00:00Z–2027-03-16T11:00:00Z of published schedule 4");
    }

    @Test
    void aSessionAnotherPublishedScheduleOfTheWeekHoldsMayNotBePlacedAgain() {
        ScheduledActivity own = session("5/A2", "Coaching for A2", List.of("A2"), "2027-03-16T10:00:00Z", 30);
        ScheduledActivity same = session("5/A2", "Coaching for A2", List.of("A2"), "2027-03-16T10:00:00Z", 30);
        ScheduledActivity moved = session("5/A2", "Coaching for A2", List.of("A2"), "2027-03-17T10:00:00Z", 30);

        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(3L, List.of(same)), Set.of(3L)))
                .as("the very same placement is one session, not two")
                .isEmpty();
        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(3L, List.of(moved)), Set.of(3L)))
                .containsExactly("Coaching for A2 is placed already by published schedule 3,"
                        + " 2027-03-17T10:00:00Z–2027-03-17T10:30:00Z");
        assertThat(PublishClashes.sessionClashes(List.of(own), Map.of(2L, List.of(moved)), Set.of()))
                .as("the same key a week apart is that week's session")
                .isEmpty();
    }

    @Test
    void restAgainstPublishedShiftsIsKeptByExactlyTheMinimum() {
        ScheduledShift elevenHoursLater = shift("2027-03-16T11:00:00Z", "2027-03-16T19:00:00Z");
        ScheduledShift minuteShort = shift("2027-03-16T10:59:00Z", "2027-03-16T19:00:00Z");
        assertThat(PublishClashes.crowded(agent(), List.of(MONDAY), List.of(elevenHoursLater)))
                .isEmpty();
        assertThat(PublishClashes.crowded(agent(), List.of(MONDAY), List.of(minuteShort)))
                .containsExactly("A1 bank VOICE 2027-03-15T16:00:00Z–2027-03-16T00:00:00Z against"
                        + " A1 bank VOICE 2027-03-16T10:59:00Z–2027-03-16T19:00:00Z");
    }

    @Test
    void dailyMaximumAcrossSchedulesIsKeptByExactlyTheMaximum() {
        // Phoenix: the Monday shift is 09:00–17:00, the other 18:00–19:00 or 18:00–19:01 the same day.
        ScheduledShift oneHour = shift("2027-03-16T01:00:00Z", "2027-03-16T02:00:00Z");
        ScheduledShift oneHourAndAMinute = shift("2027-03-16T01:00:00Z", "2027-03-16T02:01:00Z");
        assertThat(PublishClashes.contractAcrossSchedules(agent(), List.of(MONDAY), List.of(oneHour)))
                .isEmpty();
        assertThat(PublishClashes.contractAcrossSchedules(agent(), List.of(MONDAY), List.of(oneHourAndAMinute)))
                .containsExactly("A1 would work 9.016666666666667 h on 2027-03-15, above its 9.0 h a day");
    }

    @Test
    void consecutiveDaysAcrossSchedulesAreKeptByExactlyTheMaximum() {
        List<ScheduledShift> ownFourDays = List.of(
                MONDAY,
                shift("2027-03-16T16:00:00Z", "2027-03-16T20:00:00Z"),
                shift("2027-03-17T16:00:00Z", "2027-03-17T20:00:00Z"),
                shift("2027-03-18T16:00:00Z", "2027-03-18T20:00:00Z"));
        ScheduledShift friday = shift("2027-03-19T16:00:00Z", "2027-03-19T20:00:00Z");
        ScheduledShift saturday = shift("2027-03-20T16:00:00Z", "2027-03-20T20:00:00Z");
        assertThat(PublishClashes.contractAcrossSchedules(agent(), ownFourDays, List.of(friday)))
                .isEmpty();
        assertThat(PublishClashes.contractAcrossSchedules(agent(), ownFourDays, List.of(friday, saturday)))
                .containsExactly(
                        "A1 would work 6 days in a row around 2027-03-15, above its 5",
                        "A1 would work 6 days in a row around 2027-03-16, above its 5",
                        "A1 would work 6 days in a row around 2027-03-17, above its 5",
                        "A1 would work 6 days in a row around 2027-03-18, above its 5");
    }

    private static void assertRefused(
            Optional<DomainException> refusal, Class<? extends DomainException> kind, String detail) {
        assertThat(refusal).containsInstanceOf(kind);
        assertThat(refusal.get()).hasMessage(detail);
    }

    private static PublishCandidate candidate(Schedule schedule) {
        return candidate(schedule, List.of(), List.of());
    }

    private static PublishCandidate candidate(
            Schedule schedule, List<Schedule> sharingClients, List<PublishedShift> replaced) {
        return new PublishCandidate(schedule, List.of(MONDAY), sharingClients, replaced, List::of);
    }

    private static Schedule schedule(ScheduleStatus status, String score) {
        Schedule schedule = new Schedule();
        schedule.id = 7L;
        schedule.weekStart = WEEK;
        schedule.clientIds = "bank";
        schedule.status = status;
        schedule.score = score;
        schedule.createdAt = PLANNED_AT.minusSeconds(60);
        schedule.startedAt = PLANNED_AT;
        schedule.plannedFrom = ShiftStore.digest(List.of());
        return schedule;
    }

    private static Schedule published(long id, String clientIds, Instant publishedAt) {
        Schedule published = new Schedule();
        published.id = id;
        published.weekStart = WEEK;
        published.clientIds = clientIds;
        published.status = ScheduleStatus.PUBLISHED;
        published.publishedAt = publishedAt;
        return published;
    }

    /** Phoenix (UTC−7), 9 h a day, 11 h rest, 5 days in a row. */
    private static AgentProfile agent() {
        Agent agent = new Agent();
        agent.id = "A1";
        agent.timeZone = "America/Phoenix";
        agent.contract.maxDailyHours = 9;
        agent.contract.minRestHours = 11;
        agent.contract.maxConsecutiveDays = 5;
        return AgentProfile.of(agent);
    }

    /** A session led by supervisor S1. */
    private static ScheduledActivity session(String key, String name, List<String> agents, String start, int minutes) {
        Instant from = Instant.parse(start);
        return new ScheduledActivity(
                key,
                name,
                ScheduledActivity.COACHING,
                "S1",
                "Sam",
                null,
                agents,
                from,
                from.plusSeconds(minutes * 60L));
    }

    private static ScheduledShift shift(String start, String end) {
        return new ScheduledShift("A1", BANK, Instant.parse(start), Instant.parse(end));
    }
}

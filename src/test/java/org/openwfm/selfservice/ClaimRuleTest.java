package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.TimeOff;

/**
 * Each claim rule with the exact reason it gives. The agent lives in Phoenix (UTC−7 all year), the
 * client in New York; the claim is Tue 2026-12-01 16:00–20:00 UTC, 09:00–13:00 for the agent.
 */
class ClaimRuleTest {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ChannelKey RETAIL = new ChannelKey("retail", Channel.VOICE);
    static final ChannelKey BANK = new ChannelKey("bank", Channel.VOICE);
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final TimeSpan CLAIM = span("2026-12-01T16:00:00Z", "2026-12-01T20:00:00Z");

    @Test
    void aClaimWithinEveryRuleBreaksNone() {
        assertThat(ClaimRule.broken(context(), Set.of())).isEmpty();
    }

    @Test
    void certification() {
        ClaimContext c = claim().by(agent(Set.of(BANK), 1, 0)).build();
        assertThat(ClaimRule.CERTIFICATION.check(c)).contains("A001 is not certified for retail VOICE");
        assertThat(ClaimRule.CERTIFICATION.check(context())).isEmpty();
    }

    @Test
    void openingHours() {
        Instant closing = Instant.parse("2026-12-01T19:00:00Z");
        ClaimContext c = claim().openWhile(t -> t.isBefore(closing)).build();
        assertThat(ClaimRule.OPENING_HOURS.check(c))
                .contains("retail VOICE is closed at Tue 2026-12-01 14:00 (America/New_York)");
    }

    @Test
    void openingHoursUpToTheLastIntervalPass() {
        Instant claimEnd = CLAIM.end();
        Instant lastStart = Instant.parse("2026-12-01T19:30:00Z");
        assertThat(ClaimRule.OPENING_HOURS.check(
                        claim().openWhile(t -> t.isBefore(claimEnd)).build()))
                .isEmpty();
        assertThat(ClaimRule.OPENING_HOURS.check(
                        claim().openWhile(t -> t.isBefore(lastStart)).build()))
                .contains("retail VOICE is closed at Tue 2026-12-01 14:30 (America/New_York)");
    }

    @Test
    void claimNoticeBeforeTheStart() {
        TimeSpan soon = span("2026-11-25T12:00:00Z", "2026-11-25T16:00:00Z");
        ClaimContext c =
                claim().at(Instant.parse("2026-11-25T11:48:00Z")).of(soon).build();
        assertThat(ClaimRule.CLAIM_NOTICE.check(c))
                .contains(
                        "Claims close 30 min before the start: these hours start Wed 2026-11-25 05:00 your time, in 12 min");
    }

    @Test
    void claimNoticeIsMetExactlyAtTheCutoff() {
        TimeSpan soon = span("2026-11-25T12:00:00Z", "2026-11-25T16:00:00Z");
        ClaimContext atCutoff =
                claim().at(Instant.parse("2026-11-25T11:30:00Z")).of(soon).build();
        ClaimContext minuteLate =
                claim().at(Instant.parse("2026-11-25T11:31:00Z")).of(soon).build();
        assertThat(ClaimRule.CLAIM_NOTICE.check(atCutoff)).isEmpty();
        assertThat(ClaimRule.CLAIM_NOTICE.check(minuteLate))
                .contains(
                        "Claims close 30 min before the start: these hours start Wed 2026-11-25 05:00 your time, in 29 min");
    }

    @Test
    void claimNoticeAfterTheStart() {
        TimeSpan started = span("2026-11-25T12:00:00Z", "2026-11-25T16:00:00Z");
        ClaimContext c =
                claim().at(Instant.parse("2026-11-25T12:05:00Z")).of(started).build();
        assertThat(ClaimRule.CLAIM_NOTICE.check(c))
                .contains("Claims close 30 min before the start: these hours started Wed 2026-11-25 05:00 your time");
    }

    @Test
    void accessWindowHoldsBackNewSeatsFromLaterTiers() {
        Map<Instant, Instant> opened = Map.of(CLAIM.start(), Instant.parse("2026-11-25T11:50:00Z"));
        ClaimContext tierTwo =
                claim().by(agent(Set.of(RETAIL), 2, 30)).openedAt(opened).build();
        ClaimContext tierOne =
                claim().by(agent(Set.of(RETAIL), 1, 0)).openedAt(opened).build();

        assertThat(ClaimRule.ACCESS_WINDOW.check(tierTwo))
                .contains(
                        "Newly opened hours reach access tier 2 after 30 min: these open to you at Wed 2026-11-25 05:20 your time");
        assertThat(ClaimRule.ACCESS_WINDOW.check(tierOne)).isEmpty();
    }

    @Test
    void accessWindowOpensExactlyAfterTheTiersDelay() {
        Map<Instant, Instant> openedHalfAnHourAgo = Map.of(CLAIM.start(), NOW.minusSeconds(30 * 60));
        Map<Instant, Instant> openedLater = Map.of(CLAIM.start(), NOW.minusSeconds(29 * 60));
        assertThat(ClaimRule.ACCESS_WINDOW.check(claim().by(agent(Set.of(RETAIL), 2, 30))
                        .openedAt(openedHalfAnHourAgo)
                        .build()))
                .isEmpty();
        assertThat(ClaimRule.ACCESS_WINDOW.check(claim().by(agent(Set.of(RETAIL), 2, 30))
                        .openedAt(openedLater)
                        .build()))
                .contains(
                        "Newly opened hours reach access tier 2 after 30 min: these open to you at Wed 2026-11-25 05:01 your time");
    }

    @Test
    void overlap() {
        ScheduledShift bank = shift(BANK, "2026-12-01T18:00:00Z", "2026-12-01T22:00:00Z");
        assertThat(ClaimRule.OVERLAP.check(withOthers(CLAIM, bank)))
                .contains("Overlaps your shift on bank VOICE, Tue 2026-12-01 11:00–15:00");
        ScheduledShift touching = shift(BANK, "2026-12-01T20:00:00Z", "2026-12-01T22:00:00Z");
        assertThat(ClaimRule.OVERLAP.check(withOthers(CLAIM, touching))).isEmpty();
    }

    @Test
    void minimumShiftLength() {
        TimeSpan twoHours = span("2026-12-01T16:00:00Z", "2026-12-01T18:00:00Z");
        assertThat(ClaimRule.MIN_SHIFT_LENGTH.check(withOthers(twoHours)))
                .contains(
                        "A shift lasts at least 4 h; this claim would make a shift of 2 h (Tue 2026-12-01 09:00–11:00)");
    }

    @Test
    void minimumShiftLengthIsMetByExactlyTheMinimum() {
        TimeSpan justShort = span("2026-12-01T16:00:00Z", "2026-12-01T19:59:00Z");
        assertThat(ClaimRule.MIN_SHIFT_LENGTH.check(withOthers(CLAIM))).isEmpty();
        assertThat(ClaimRule.MIN_SHIFT_LENGTH.check(withOthers(justShort)))
                .contains(
                        "A shift lasts at least 4 h; this claim would make a shift of 3 h 59 min (Tue 2026-12-01 09:00–12:59)");
    }

    @Test
    void maximumShiftLengthCountsTheShiftTheClaimExtends() {
        TimeSpan merged = span("2026-12-01T16:00:00Z", "2026-12-02T01:00:00Z");
        ClaimContext c = claim().merged(merged).build();
        assertThat(ClaimRule.MAX_SHIFT_LENGTH.check(c))
                .contains(
                        "A shift lasts at most 8 h; this claim would make a shift of 9 h (Tue 2026-12-01 09:00–18:00)");
    }

    @Test
    void maximumShiftLengthIsKeptByExactlyTheMaximum() {
        TimeSpan eightHours = span("2026-12-01T16:00:00Z", "2026-12-02T00:00:00Z");
        TimeSpan minuteMore = span("2026-12-01T16:00:00Z", "2026-12-02T00:01:00Z");
        assertThat(ClaimRule.MAX_SHIFT_LENGTH.check(claim().merged(eightHours).build()))
                .isEmpty();
        assertThat(ClaimRule.MAX_SHIFT_LENGTH.check(claim().merged(minuteMore).build()))
                .contains(
                        "A shift lasts at most 8 h; this claim would make a shift of 8 h 1 min (Tue 2026-12-01 09:00–17:01)");
    }

    @Test
    void dailyMaximumCountsTheAgentsLocalDay() {
        TimeSpan sixHours = span("2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z");
        // 19:00–23:00 in Phoenix is still Tuesday there, though Wednesday in UTC.
        ScheduledShift evening = shift(BANK, "2026-12-02T02:00:00Z", "2026-12-02T06:00:00Z");
        assertThat(ClaimRule.DAILY_MAXIMUM.check(withOthers(sixHours, evening)))
                .contains("At most 9 h a day: Tue 2026-12-01 would have 10 h");
    }

    @Test
    void dailyMaximumIsKeptByExactlyTheMaximum() {
        TimeSpan sixHours = span("2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z");
        ScheduledShift threeHours = shift(BANK, "2026-12-02T02:00:00Z", "2026-12-02T05:00:00Z");
        ScheduledShift threeHoursAndAMinute = shift(BANK, "2026-12-02T02:00:00Z", "2026-12-02T05:01:00Z");
        assertThat(ClaimRule.DAILY_MAXIMUM.check(withOthers(sixHours, threeHours)))
                .isEmpty();
        assertThat(ClaimRule.DAILY_MAXIMUM.check(withOthers(sixHours, threeHoursAndAMinute)))
                .contains("At most 9 h a day: Tue 2026-12-01 would have 9 h 1 min");
    }

    @Test
    void weeklyMaximum() {
        TimeSpan sixHours = span("2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z");
        ScheduledShift[] nineHourDays = {
            shift(BANK, "2026-11-30T15:00:00Z", "2026-12-01T00:00:00Z"),
            shift(BANK, "2026-12-02T15:00:00Z", "2026-12-03T00:00:00Z"),
            shift(BANK, "2026-12-03T15:00:00Z", "2026-12-04T00:00:00Z"),
            shift(BANK, "2026-12-04T15:00:00Z", "2026-12-05T00:00:00Z")
        };
        assertThat(ClaimRule.WEEKLY_MAXIMUM.check(withOthers(sixHours, nineHourDays)))
                .contains("At most 40 h a week: the week of Mon 2026-11-30 would have 42 h");
    }

    @Test
    void weeklyMaximumIsKeptByExactlyTheMaximum() {
        TimeSpan sixHours = span("2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z");
        ScheduledShift[] thirtyFourHours = {
            shift(BANK, "2026-11-30T15:00:00Z", "2026-12-01T00:00:00Z"),
            shift(BANK, "2026-12-02T15:00:00Z", "2026-12-03T00:00:00Z"),
            shift(BANK, "2026-12-03T15:00:00Z", "2026-12-04T00:00:00Z"),
            shift(BANK, "2026-12-04T15:00:00Z", "2026-12-04T22:00:00Z")
        };
        assertThat(ClaimRule.WEEKLY_MAXIMUM.check(withOthers(sixHours, thirtyFourHours)))
                .isEmpty();
        TimeSpan sixHoursAndAMinute = span("2026-12-01T16:00:00Z", "2026-12-01T22:01:00Z");
        assertThat(ClaimRule.WEEKLY_MAXIMUM.check(withOthers(sixHoursAndAMinute, thirtyFourHours)))
                .contains("At most 40 h a week: the week of Mon 2026-11-30 would have 40 h 1 min");
    }

    @Test
    void restAfterAnEarlierShift() {
        ScheduledShift night = shift(BANK, "2026-12-01T04:00:00Z", "2026-12-01T08:00:00Z");
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, night)))
                .contains(
                        "At least 11 h rest between shifts: only 8 h after your shift ending Tue 2026-12-01 01:00 your time");
    }

    @Test
    void restBeforeALaterShift() {
        ScheduledShift next = shift(BANK, "2026-12-02T05:00:00Z", "2026-12-02T09:00:00Z");
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, next)))
                .contains(
                        "At least 11 h rest between shifts: only 9 h before your shift starting Tue 2026-12-01 22:00 your time");
    }

    @Test
    void restIsKeptByExactlyTheMinimum() {
        ScheduledShift elevenHoursBefore = shift(BANK, "2026-12-01T01:00:00Z", "2026-12-01T05:00:00Z");
        ScheduledShift elevenHoursAfter = shift(BANK, "2026-12-02T07:00:00Z", "2026-12-02T11:00:00Z");
        ScheduledShift minuteShort = shift(BANK, "2026-12-02T06:59:00Z", "2026-12-02T11:00:00Z");
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, elevenHoursBefore, elevenHoursAfter)))
                .isEmpty();
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, minuteShort)))
                .contains(
                        "At least 11 h rest between shifts: only 10 h 59 min before your shift starting Tue 2026-12-01 23:59 your time");
    }

    @Test
    void restLeavesAnOverlappingShiftToTheOverlapRule() {
        ScheduledShift overlapping = shift(BANK, "2026-12-01T18:00:00Z", "2026-12-01T22:00:00Z");
        ScheduledShift next = shift(BANK, "2026-12-02T05:00:00Z", "2026-12-02T09:00:00Z");
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, overlapping))).isEmpty();
        assertThat(ClaimRule.REST.check(withOthers(CLAIM, overlapping, next)))
                .contains(
                        "At least 11 h rest between shifts: only 9 h before your shift starting Tue 2026-12-01 22:00 your time");
    }

    @Test
    void consecutiveDays() {
        ScheduledShift[] fiveDays = {
            shift(BANK, "2026-11-26T16:00:00Z", "2026-11-26T20:00:00Z"),
            shift(BANK, "2026-11-27T16:00:00Z", "2026-11-27T20:00:00Z"),
            shift(BANK, "2026-11-28T16:00:00Z", "2026-11-28T20:00:00Z"),
            shift(BANK, "2026-11-29T16:00:00Z", "2026-11-29T20:00:00Z"),
            shift(BANK, "2026-11-30T16:00:00Z", "2026-11-30T20:00:00Z")
        };
        assertThat(ClaimRule.CONSECUTIVE_DAYS.check(withOthers(CLAIM, fiveDays)))
                .contains("At most 5 days in a row: this would make 6 (2026-11-26 to 2026-12-01)");
    }

    @Test
    void consecutiveDaysAreKeptByExactlyTheMaximum() {
        ScheduledShift[] fourDays = {
            shift(BANK, "2026-11-27T16:00:00Z", "2026-11-27T20:00:00Z"),
            shift(BANK, "2026-11-28T16:00:00Z", "2026-11-28T20:00:00Z"),
            shift(BANK, "2026-11-29T16:00:00Z", "2026-11-29T20:00:00Z"),
            shift(BANK, "2026-11-30T16:00:00Z", "2026-11-30T20:00:00Z")
        };
        assertThat(ClaimRule.CONSECUTIVE_DAYS.check(withOthers(CLAIM, fourDays)))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsListedWithItsName() {
        TimeSpan twoHours = span("2026-12-01T16:00:00Z", "2026-12-01T18:00:00Z");
        ClaimContext c = claim().by(agent(Set.of(BANK), 1, 0)).of(twoHours).build();

        assertThat(ClaimRule.broken(c, Set.of()))
                .extracting(Violation::rule)
                .containsExactly("certification", "minimum shift length");
        assertThat(ClaimRule.broken(c, Set.of(ClaimRule.MIN_SHIFT_LENGTH)))
                .extracting(Violation::rule)
                .containsExactly("certification");
    }

    @Test
    void activityConflictRefusesAClaimOverASessionOfTheAgent() {
        ScheduledActivity meeting = meeting("2026-12-01T19:30:00Z", "2026-12-01T20:00:00Z");
        assertThat(ClaimRule.ACTIVITY_CONFLICT.check(claim().sessions(meeting).build()))
                .contains("Team meeting of Team West on Tue 2026-12-01 12:30–13:00 falls in this claim");
        assertThat(ClaimRule.broken(claim().sessions(meeting).build(), Set.of()))
                .extracting(Violation::rule)
                .containsExactly("activity conflict");
    }

    @Test
    void activityConflictLetsASessionJustOutsideTheClaimBe() {
        ScheduledActivity before = meeting("2026-12-01T15:30:00Z", "2026-12-01T16:00:00Z");
        ScheduledActivity after = meeting("2026-12-01T20:00:00Z", "2026-12-01T20:30:00Z");
        assertThat(ClaimRule.ACTIVITY_CONFLICT.check(
                        claim().sessions(before, after).build()))
                .isEmpty();
    }

    @Test
    void availabilityNamesTheFirstIntervalOutsideTheWeeklyHours() {
        // Tuesday 09:00–12:00 Phoenix: the claim runs to 13:00, so its 12:00 interval is outside.
        ClaimContext c = claim().by(withHours(List.of(new Availability(DayOfWeek.TUESDAY, 9 * 60, 12 * 60)), List.of()))
                .build();
        assertThat(ClaimRule.AVAILABILITY.check(c))
                .contains("A001 is not available at Tue 2026-12-01 12:00 your time (outside its weekly hours)");
        ClaimContext wholeMorning = claim().by(
                        withHours(List.of(new Availability(DayOfWeek.TUESDAY, 9 * 60, 13 * 60)), List.of()))
                .build();
        assertThat(ClaimRule.AVAILABILITY.check(wholeMorning)).isEmpty();
    }

    @Test
    void timeOffOverlappingTheRangeIsNamedWithoutItsReason() {
        TimeOff dentist =
                new TimeOff(Instant.parse("2026-12-01T19:30:00Z"), Instant.parse("2026-12-01T21:00:00Z"), "dentist");
        TimeOff after = new TimeOff(Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-01T21:00:00Z"), null);
        assertThat(ClaimRule.TIME_OFF.check(
                        claim().by(withHours(ALL_WEEK, List.of(dentist))).build()))
                .contains("A001 has time off Tue 2026-12-01 12:30–14:00");
        assertThat(ClaimRule.TIME_OFF.check(
                        claim().by(withHours(ALL_WEEK, List.of(after))).build()))
                .isEmpty();
    }

    @Test
    void claimsSkipAvailabilityWhichOnlyTradesAskButNotTimeOff() {
        ClaimContext away = claim().by(withHours(List.of(), List.of())).build();
        assertThat(ClaimRule.broken(away, ClaimRule.TRADE_ONLY)).isEmpty();
        assertThat(ClaimRule.broken(away, Set.of())).extracting(Violation::rule).containsExactly("availability");

        TimeOff dentist =
                new TimeOff(Instant.parse("2026-12-01T19:30:00Z"), Instant.parse("2026-12-01T21:00:00Z"), "dentist");
        ClaimContext offThen =
                claim().by(withHours(List.of(), List.of(dentist))).build();
        assertThat(ClaimRule.broken(offThen, ClaimRule.TRADE_ONLY))
                .extracting(Violation::rule)
                .containsExactly("time off");
    }

    static ScheduledActivity meeting(String start, String end) {
        return new ScheduledActivity(
                "7",
                "Team meeting of Team West",
                ScheduledActivity.TEAM_MEETING,
                "S1",
                "Sam Supervisor",
                "Team West",
                List.of("A001", "A002"),
                Instant.parse(start),
                Instant.parse(end));
    }

    /** 0–40 h a week, at most 9 h a day, shifts of 4–8 h, 11 h rest, 5 days in a row. */
    static final ContractTerms TERMS = new ContractTerms(0, 40 * 60, 9 * 60, 4 * 60, 8 * 60, 11 * 60, 5);

    private static ClaimContext context() {
        return withOthers(CLAIM);
    }

    private static ClaimContext withOthers(TimeSpan hours, ScheduledShift... others) {
        return claim().of(hours).others(others).build();
    }

    private static ClaimContext.Claimant agent() {
        return agent(Set.of(RETAIL, BANK), 1, 0);
    }

    private static ClaimContext.Claimant agent(Set<ChannelKey> certified, int tier, int delayMinutes) {
        return new ClaimContext.Claimant("A001", PHOENIX, certified, TERMS, tier, delayMinutes, ALL_WEEK, List.of());
    }

    /** Available around the clock, every day. */
    static final List<Availability> ALL_WEEK = Stream.of(DayOfWeek.values())
            .map(day -> new Availability(day, 0, 24 * 60))
            .toList();

    private static ClaimContext.Claimant withHours(List<Availability> availability, List<TimeOff> timeOff) {
        return new ClaimContext.Claimant("A001", PHOENIX, Set.of(RETAIL, BANK), TERMS, 1, 0, availability, timeOff);
    }

    private static Claim claim() {
        return new Claim();
    }

    /**
     * A claim of {@link #CLAIM} on retail VOICE (open throughout, 30-minute intervals, 30 min cutoff) by
     * {@link #agent()} at {@link #NOW}, with no other shifts: each test changes only what its rule reads.
     */
    private static final class Claim {
        private Instant now = NOW;
        private ClaimContext.Claimant agent = agent();
        private Predicate<Instant> openAt = t -> true;
        private Map<Instant, Instant> openedAt = Map.of();
        private TimeSpan range = CLAIM;
        private TimeSpan merged;
        private List<ScheduledShift> others = List.of();
        private List<ScheduledActivity> sessions = List.of();

        Claim at(Instant when) {
            now = when;
            return this;
        }

        Claim by(ClaimContext.Claimant claimant) {
            agent = claimant;
            return this;
        }

        Claim openWhile(Predicate<Instant> open) {
            openAt = open;
            return this;
        }

        Claim openedAt(Map<Instant, Instant> opened) {
            openedAt = opened;
            return this;
        }

        /** The hours claimed; the shift they make is the same unless {@link #merged} says otherwise. */
        Claim of(TimeSpan hours) {
            range = hours;
            return this;
        }

        Claim merged(TimeSpan shift) {
            merged = shift;
            return this;
        }

        Claim others(ScheduledShift... shifts) {
            others = List.of(shifts);
            return this;
        }

        Claim sessions(ScheduledActivity... held) {
            sessions = List.of(held);
            return this;
        }

        ClaimContext build() {
            return new ClaimContext(
                    now,
                    agent,
                    new ClaimContext.SlotTerms(RETAIL, NEW_YORK, 30, openAt, openedAt),
                    range,
                    merged == null ? range : merged,
                    others,
                    sessions,
                    30);
        }
    }

    static TimeSpan span(String start, String end) {
        return new TimeSpan(Instant.parse(start), Instant.parse(end));
    }

    private static ScheduledShift shift(ChannelKey channel, String start, String end) {
        return new ScheduledShift("A001", channel, Instant.parse(start), Instant.parse(end));
    }
}

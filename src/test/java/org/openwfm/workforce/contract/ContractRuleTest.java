package org.openwfm.workforce.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.ContractTerms;

/**
 * Each contract rule exactly at its limit (kept) and just past it (broken, with what was found). The
 * agent lives in Phoenix (UTC−7 all year): 16:00 UTC is 09:00 there, and 02:00 UTC still the day before.
 */
class ContractRuleTest {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    /** 0–40 h a week, at most 9 h a day, shifts of 4–8 h, 11 h rest, 5 days in a row. */
    static final ContractTerms TERMS = new ContractTerms(0, 40 * 60, 9 * 60, 4 * 60, 8 * 60, 11 * 60, 5);

    static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    static final TimeSpan FOUR_HOURS = span("2026-12-01T16:00", "2026-12-01T20:00");

    @Test
    void minimumShiftLength() {
        assertThat(ContractRule.MIN_SHIFT_LENGTH.breaches(alone(FOUR_HOURS), TERMS))
                .isEmpty();
        assertThat(ContractRule.MIN_SHIFT_LENGTH.breaches(alone(span("2026-12-01T16:00", "2026-12-01T19:59")), TERMS))
                .containsExactly(breach(ContractRule.MIN_SHIFT_LENGTH, 239, 240, TUESDAY, TUESDAY, null));
    }

    @Test
    void maximumShiftLength() {
        assertThat(ContractRule.MAX_SHIFT_LENGTH.breaches(alone(span("2026-12-01T16:00", "2026-12-02T00:00")), TERMS))
                .isEmpty();
        assertThat(ContractRule.MAX_SHIFT_LENGTH.breaches(alone(span("2026-12-01T16:00", "2026-12-02T00:01")), TERMS))
                .containsExactly(breach(ContractRule.MAX_SHIFT_LENGTH, 481, 480, TUESDAY, TUESDAY, null));
    }

    @Test
    void dailyMaximumCountsShiftsStartingOnTheAgentsLocalDay() {
        // 02:00 UTC on Wednesday is Tuesday 19:00 in Phoenix; Wednesday 16:00 UTC is another day.
        TimeSpan fiveHours = span("2026-12-02T02:00", "2026-12-02T07:00");
        TimeSpan nextDay = span("2026-12-02T16:00", "2026-12-02T20:00");
        assertThat(ContractRule.DAILY_MAXIMUM.breaches(work(FOUR_HOURS, fiveHours, nextDay), TERMS))
                .isEmpty();
        TimeSpan fiveHoursAndAMinute = span("2026-12-02T02:00", "2026-12-02T07:01");
        assertThat(ContractRule.DAILY_MAXIMUM.breaches(work(FOUR_HOURS, fiveHoursAndAMinute), TERMS))
                .containsExactly(breach(ContractRule.DAILY_MAXIMUM, 541, 540, TUESDAY, TUESDAY, null));
    }

    @Test
    void weeklyMaximumCountsTheAgentsMondayToSunday() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        List<TimeSpan> thirtySixHours = List.of(
                span("2026-11-30T15:00", "2026-12-01T00:00"),
                span("2026-12-02T15:00", "2026-12-03T00:00"),
                span("2026-12-03T15:00", "2026-12-04T00:00"),
                span("2026-12-07T02:00", "2026-12-07T11:00")); // Sunday evening in Phoenix
        TimeSpan nextMonday = span("2026-12-07T15:00", "2026-12-08T00:00");
        List<TimeSpan> counted = new java.util.ArrayList<>(thirtySixHours);
        counted.add(nextMonday);
        assertThat(ContractRule.WEEKLY_MAXIMUM.breaches(new AgentShifts(PHOENIX, FOUR_HOURS, counted), TERMS))
                .isEmpty();
        TimeSpan fourHoursAndAMinute = span("2026-12-01T16:00", "2026-12-01T20:01");
        assertThat(ContractRule.WEEKLY_MAXIMUM.breaches(
                        new AgentShifts(PHOENIX, fourHoursAndAMinute, thirtySixHours), TERMS))
                .containsExactly(
                        breach(ContractRule.WEEKLY_MAXIMUM, 40 * 60 + 1, 40 * 60, monday, monday.plusDays(6), null));
    }

    @Test
    void restBeforeAndAfter() {
        TimeSpan elevenHoursBefore = span("2026-12-01T01:00", "2026-12-01T05:00");
        TimeSpan elevenHoursAfter = span("2026-12-02T07:00", "2026-12-02T11:00");
        assertThat(ContractRule.REST.breaches(work(FOUR_HOURS, elevenHoursBefore, elevenHoursAfter), TERMS))
                .isEmpty();
        TimeSpan minuteShortBefore = span("2026-12-01T01:00", "2026-12-01T05:01");
        TimeSpan minuteShortAfter = span("2026-12-02T06:59", "2026-12-02T11:00");
        assertThat(ContractRule.REST.breaches(work(FOUR_HOURS, minuteShortAfter, minuteShortBefore), TERMS))
                .containsExactly(
                        breach(ContractRule.REST, 659, 660, TUESDAY, TUESDAY, minuteShortAfter),
                        breach(ContractRule.REST, 659, 660, TUESDAY, TUESDAY, minuteShortBefore));
    }

    @Test
    void anOverlapHasLessThanNoRest() {
        ContractTerms noRest = new ContractTerms(0, 40 * 60, 9 * 60, 4 * 60, 8 * 60, 0, 5);
        TimeSpan touching = span("2026-12-01T20:00", "2026-12-01T22:00");
        TimeSpan overlapping = span("2026-12-01T19:00", "2026-12-01T22:00");
        assertThat(ContractRule.REST.breaches(work(FOUR_HOURS, touching), noRest))
                .isEmpty();
        assertThat(ContractRule.REST.breaches(work(FOUR_HOURS, overlapping), noRest))
                .containsExactly(breach(ContractRule.REST, -60, 0, TUESDAY, TUESDAY, overlapping));
    }

    @Test
    void consecutiveDaysCountTheRunAroundTheShiftsDay() {
        List<TimeSpan> fourDaysBefore = List.of(
                span("2026-11-27T16:00", "2026-11-27T20:00"),
                span("2026-11-28T16:00", "2026-11-28T20:00"),
                span("2026-11-29T16:00", "2026-11-29T20:00"),
                span("2026-11-30T16:00", "2026-11-30T20:00"));
        assertThat(ContractRule.CONSECUTIVE_DAYS.breaches(new AgentShifts(PHOENIX, FOUR_HOURS, fourDaysBefore), TERMS))
                .isEmpty();
        List<TimeSpan> andTheDayAfter = new java.util.ArrayList<>(fourDaysBefore);
        andTheDayAfter.add(span("2026-12-02T16:00", "2026-12-02T20:00"));
        assertThat(ContractRule.CONSECUTIVE_DAYS.breaches(new AgentShifts(PHOENIX, FOUR_HOURS, andTheDayAfter), TERMS))
                .containsExactly(breach(
                        ContractRule.CONSECUTIVE_DAYS,
                        6,
                        5,
                        LocalDate.parse("2026-11-27"),
                        LocalDate.parse("2026-12-02"),
                        null));
    }

    @Test
    void rulesAreNamedAsRefusalsNameThem() {
        assertThat(List.of(ContractRule.values()).stream().map(ContractRule::ruleName))
                .containsExactly(
                        "minimum shift length",
                        "maximum shift length",
                        "daily maximum",
                        "weekly maximum",
                        "rest",
                        "consecutive days");
    }

    private static AgentShifts alone(TimeSpan shift) {
        return AgentShifts.alone(PHOENIX, shift);
    }

    private static AgentShifts work(TimeSpan shift, TimeSpan... others) {
        return new AgentShifts(PHOENIX, shift, List.of(others));
    }

    private static ContractBreach breach(
            ContractRule rule, long found, long limit, LocalDate first, LocalDate last, TimeSpan other) {
        return new ContractBreach(rule, found, limit, first, last, other);
    }

    private static TimeSpan span(String start, String end) {
        return new TimeSpan(Instant.parse(start + ":00Z"), Instant.parse(end + ":00Z"));
    }
}

package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.selfservice.ClaimRuleTest.span;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.ContractTerms;

/** Each release rule with the exact reason it gives; the agent lives in Phoenix (UTC−7). */
class ReleaseRuleTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final TimeSpan SHIFT = span("2026-12-01T16:00:00Z", "2026-12-02T00:00:00Z");

    @Test
    void releaseNoticeRefusesHoursTooSoon() {
        TimeSpan tomorrow = span("2026-11-26T06:00:00Z", "2026-11-26T10:00:00Z");
        assertThat(ReleaseRule.RELEASE_NOTICE.check(context(24, tomorrow, tomorrow)))
                .contains("Releasing bank VOICE hours needs 24 h "
                        + "notice: these hours start Wed 2026-11-25 23:00 your time, in 18 h; ask a planner");
        assertThat(ReleaseRule.RELEASE_NOTICE.check(context(12, tomorrow, tomorrow)))
                .isEmpty();
    }

    @Test
    void releaseNoticeIsMetExactlyAtTheNotice() {
        TimeSpan inEighteenHours = span("2026-11-26T06:00:00Z", "2026-11-26T10:00:00Z");
        assertThat(ReleaseRule.RELEASE_NOTICE.check(context(18, inEighteenHours, inEighteenHours)))
                .isEmpty();
        assertThat(ReleaseRule.RELEASE_NOTICE.check(context(19, inEighteenHours, inEighteenHours)))
                .contains("Releasing bank VOICE hours needs 19 h "
                        + "notice: these hours start Wed 2026-11-25 23:00 your time, in 18 h; ask a planner");
    }

    @Test
    void remainingShiftLengthRefusesAStubShorterThanAShift() {
        TimeSpan firstSixHours = span("2026-12-01T16:00:00Z", "2026-12-01T22:00:00Z");
        assertThat(ReleaseRule.REMAINING_SHIFT_LENGTH.check(context(24, SHIFT, firstSixHours)))
                .contains(
                        "This would leave 2 h of "
                                + "your shift (Tue 2026-12-01 15:00–17:00), less than the 4 h minimum; release the whole shift or keep at least 4 h");
    }

    @Test
    void remainingShiftLengthIsKeptByExactlyTheMinimum() {
        TimeSpan firstFourHours = span("2026-12-01T16:00:00Z", "2026-12-01T20:00:00Z");
        TimeSpan lastFourHoursAndAMinute = span("2026-12-01T19:59:00Z", "2026-12-02T00:00:00Z");
        assertThat(ReleaseRule.REMAINING_SHIFT_LENGTH.check(context(24, SHIFT, firstFourHours)))
                .isEmpty();
        assertThat(ReleaseRule.REMAINING_SHIFT_LENGTH.check(context(24, SHIFT, lastFourHoursAndAMinute)))
                .contains(
                        "This would leave 3 h 59 min of "
                                + "your shift (Tue 2026-12-01 09:00–12:59), less than the 4 h minimum; release the whole shift or keep at least 4 h");
    }

    @Test
    void theWholeShiftOrAnEndLeavingAFullShiftMayGo() {
        TimeSpan firstFourHours = span("2026-12-01T16:00:00Z", "2026-12-01T20:00:00Z");
        assertThat(ReleaseRule.broken(context(24, SHIFT, SHIFT))).isEmpty();
        assertThat(ReleaseRule.broken(context(24, SHIFT, firstFourHours))).isEmpty();
    }

    @Test
    void restRefusesASplitThatLeavesTwoShiftsTooCloseTogether() {
        TimeSpan middleHour = span("2026-12-01T20:00:00Z", "2026-12-01T21:00:00Z");
        assertThat(ReleaseRule.REST.check(context(24, SHIFT, middleHour)))
                .contains(
                        "Releasing the middle of your shift would "
                                + "leave two shifts only 1 h apart, less than the 11 h rest between shifts; release from its start or its end instead");
        assertThat(ReleaseRule.REST.check(context(24, SHIFT, span("2026-12-01T20:00:00Z", "2026-12-02T00:00:00Z"))))
                .isEmpty();
    }

    @Test
    void restIsKeptByASplitExactlyTheMinimumApart() {
        ContractTerms oneHourRest = new ContractTerms(0, 40 * 60, 9 * 60, 60, 8 * 60, 60, 5);
        TimeSpan middleHour = span("2026-12-01T20:00:00Z", "2026-12-01T21:00:00Z");
        TimeSpan minuteShort = span("2026-12-01T20:00:00Z", "2026-12-01T20:59:00Z");
        assertThat(ReleaseRule.REST.check(context(oneHourRest, middleHour))).isEmpty();
        assertThat(ReleaseRule.REST.check(context(oneHourRest, minuteShort)))
                .contains(
                        "Releasing the middle of your shift would "
                                + "leave two shifts only 59 min apart, less than the 1 h rest between shifts; release from its start or its end instead");
    }

    @Test
    void activityInShiftRefusesReleasingTheHoursOfASession() {
        ScheduledActivity meeting = ClaimRuleTest.meeting("2026-12-01T17:00:00Z", "2026-12-01T17:30:00Z");
        ReleaseContext wholeShift = context(24, SHIFT, SHIFT, meeting);
        assertThat(ReleaseRule.ACTIVITY_IN_SHIFT.check(wholeShift))
                .contains("The shift holds Team meeting of Team West on Tue 2026-12-01 10:00–10:30; "
                        + "a planner must release it (by re-planning the week)");
        assertThat(ReleaseRule.broken(wholeShift)).extracting(Violation::rule).containsExactly("activity in shift");
    }

    @Test
    void activityInShiftLetsTheHoursAroundASessionGo() {
        ScheduledActivity meeting = ClaimRuleTest.meeting("2026-12-01T17:00:00Z", "2026-12-01T17:30:00Z");
        TimeSpan lastFourHours = span("2026-12-01T20:00:00Z", "2026-12-02T00:00:00Z");
        assertThat(ReleaseRule.broken(context(24, SHIFT, lastFourHours, meeting)))
                .isEmpty();
    }

    private static ReleaseContext context(
            int noticeHours, TimeSpan shift, TimeSpan range, ScheduledActivity... sessions) {
        return new ReleaseContext(
                NOW,
                ClaimRuleTest.PHOENIX,
                ClaimRuleTest.BANK,
                noticeHours,
                ClaimRuleTest.TERMS,
                shift,
                range,
                List.of(sessions));
    }

    private static ReleaseContext context(ContractTerms terms, TimeSpan range) {
        return new ReleaseContext(NOW, ClaimRuleTest.PHOENIX, ClaimRuleTest.BANK, 24, terms, SHIFT, range, List.of());
    }
}

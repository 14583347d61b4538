package org.openwfm.roster.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleKpis.AgentKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.ChannelKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.CoverageInterval;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.StaffingFixtures;
import org.openwfm.staffing.WeekStaffing;

/**
 * Sessions take their attendees off the channel like breaks. The channel is open 09:00–17:00 (UTC) in half-hours, each
 * offered 5 calls of 3 minutes (half an Erlang): 2 agents are required, and give 91.5 % answered within 20 s; 1 agent
 * gives 52.7 %.
 */
class ScheduleEvaluationTest {

    static final ChannelKey VOICE = new ChannelKey("retail", Channel.VOICE);
    static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");
    static final Map<ChannelKey, WeekStaffing> STAFFING = Map.of(
            VOICE,
            StaffingFixtures.steadyWeek("retail", Channel.VOICE, NINE, 30, 16, 5, 180, StaffingFixtures.PLAIN_VOICE));

    static Instant at(String clock) {
        return Instant.parse("2026-11-30T" + clock + ":00Z");
    }

    static ScheduledShift dayShift(String agentId) {
        return new ScheduledShift(agentId, VOICE, at("09:00"), at("17:00"));
    }

    static ScheduledActivity session(String name, String kind, List<String> agentIds, String from, String to) {
        return new ScheduledActivity(
                name.toLowerCase().replace(' ', '-'), name, kind, "S1", "Sam", "Team West", agentIds, at(from), at(to));
    }

    static ScheduleEvaluation evaluation(List<ScheduledShift> shifts, List<ScheduledActivity> sessions) {
        return new ScheduleEvaluation(shifts, STAFFING, Map.of(), sessions);
    }

    @Test
    void theRequirementIsTwoAgentsAndBothOnShiftMeetTheGoalEverywhere() {
        ScheduleKpis kpis = new ScheduleEvaluation(List.of(dayShift("A1"), dayShift("A2")), STAFFING).kpis();

        assertThat(kpis.coverage()).isEqualTo(1.0);
        assertThat(kpis.intervalsMeetingGoal()).isEqualTo(16);
        assertThat(kpis.projectedServiceLevel()).isCloseTo(0.9154, within(1e-4));
        assertThat(kpis.byAgent()).extracting(AgentKpis::expectedTalkMinutes).containsExactly(120.0, 120.0);
    }

    @Test
    void anAgentInAMeetingIsAwayFromItsChannelForTheMeeting() {
        ScheduleEvaluation evaluation = evaluation(
                List.of(dayShift("A1"), dayShift("A2")),
                List.of(session("Team meeting of Team West", "TEAM_MEETING", List.of("A1"), "10:00", "10:30")));

        assertThat(evaluation.scheduledAt(VOICE, at("09:30"))).isEqualTo(2.0);
        assertThat(evaluation.scheduledAt(VOICE, at("10:00"))).isEqualTo(1.0);
        assertThat(evaluation.scheduledAt(VOICE, at("10:30"))).isEqualTo(2.0);
        CoverageInterval ten = evaluation.coverage(VOICE).get(2);
        assertThat(ten.start()).isEqualTo(at("10:00"));
        assertThat(ten.required()).isEqualTo(2);
        assertThat(ten.scheduled()).isEqualTo(1.0);
        assertThat(ten.projectedServiceLevel()).isCloseTo(0.5270, within(1e-4));

        ScheduleKpis kpis = evaluation.kpis();
        // 31 of 32 required agent-intervals covered; 15 of 16 intervals meet the goal; (15 × 91.5 % + 52.7 %) / 16.
        assertThat(kpis.coverage()).isEqualTo(31.0 / 32);
        assertThat(kpis.overstaffing()).isZero();
        assertThat(kpis.intervalsMeetingGoal()).isEqualTo(15);
        assertThat(kpis.intervalsOpen()).isEqualTo(16);
        assertThat(kpis.projectedServiceLevel()).isCloseTo(0.8911, within(1e-4));
        ChannelKpis channel = kpis.byClientChannel().get(0);
        assertThat(channel.scheduledAgentIntervals()).isEqualTo(31.0);
        assertThat(channel.intervalsMeetingGoal()).isEqualTo(15);
        // The meeting is paid shift time.
        assertThat(kpis.paidHours()).isEqualTo(16.0);
        // Each half-hour offers 15 talk minutes; at 10:00 they all fall to A2.
        assertThat(kpis.byAgent())
                .containsExactly(new AgentKpis("A1", 8.0, 112.5, null), new AgentKpis("A2", 8.0, 127.5, null));
    }

    @Test
    void aBreakAndASessionThatOverlapTakeTheAgentAwayOnce() {
        ScheduledShift withBreak = dayShift("A1").withBreaks(List.of(new TimeSpan(at("10:15"), at("10:45"))));

        ScheduleEvaluation evaluation = evaluation(
                List.of(withBreak, dayShift("A2")),
                List.of(session("Coaching for A1", "COACHING", List.of("A1"), "10:00", "10:30")));

        // A1 is away 10:00–10:45, not 10:00–10:30 and 10:15–10:45 counted one over the other.
        assertThat(evaluation.scheduledAt(VOICE, at("10:00"))).isEqualTo(1.0);
        assertThat(evaluation.scheduledAt(VOICE, at("10:30"))).isEqualTo(1.5);
        assertThat(evaluation.scheduledAt(VOICE, at("11:00"))).isEqualTo(2.0);
    }

    @Test
    void sessionTimeOutsideAllShiftsIsPaidOnTopAndBelongsToNoChannel() {
        ScheduleEvaluation evaluation = evaluation(
                List.of(dayShift("A1"), dayShift("A2")),
                List.of(
                        // After A1's shift: half an hour more.
                        session("Coaching for A1", "COACHING", List.of("A1"), "17:00", "17:30"),
                        // Across the end of A2's shift: its last quarter inside, a quarter more outside.
                        session("Safety refresher", "TRAINING", List.of("A2", "A3"), "16:45", "17:15")));

        ScheduleKpis kpis = evaluation.kpis();

        assertThat(kpis.paidHours()).isEqualTo(16.0 + 0.5 + 0.25 + 0.5);
        assertThat(kpis.byClientChannel().get(0).paidHours()).isEqualTo(16.0);
        assertThat(kpis.byAgent())
                .extracting(AgentKpis::agentId, AgentKpis::hours)
                .containsExactly(tuple("A1", 8.5), tuple("A2", 8.25), tuple("A3", 0.5));
        // A2 leaves the channel at 16:45 for the training.
        assertThat(evaluation.scheduledAt(VOICE, at("16:30"))).isEqualTo(1.5);
        assertThat(kpis.byAgent().get(2).expectedTalkMinutes()).isZero();
    }
}

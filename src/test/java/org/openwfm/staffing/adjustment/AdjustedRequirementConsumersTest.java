package org.openwfm.staffing.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.staffing.adjustment.RequirementAdjustmentTest.adjust;
import static org.openwfm.staffing.adjustment.RequirementAdjustmentTest.intAt;
import static org.openwfm.staffing.adjustment.RequirementAdjustmentTest.week;
import static org.openwfm.staffing.adjustment.RequirementAdjustmentTest.withdraw;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.support.Desk;

/**
 * What follows an adjusted requirement, set (SET) or moved (CHANGE): the coverage slots the solver fills, a schedule's
 * coverage, and the open seats of a published week, which are recomputed when an adjustment is made or withdrawn.
 */
@QuarkusTest
class AdjustedRequirementConsumersTest {

    @Inject
    RosterProblemBuilder problems;

    @Test
    void aSetWithoutShrinkageIsExactlyTheHeadcountTheSolverCovers() {
        Desk desk = Desk.openWithoutShrinkage("adj-solver", MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, 40);
        desk.agent("AJ1", "MONDAY 01:00-09:00");
        adjust(desk, "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", "SET", 4, null);
        int computedAtTen = intAt(week(desk), "2027-05-03T10:00:00Z", "computedRequiredWithShrinkage");

        Roster roster =
                problems.build(LocalDate.parse(WEEK), List.of(desk.clientId)).roster();

        assertThat(computedAtTen).isNotEqualTo(4);
        assertThat(Stream.of("08:00", "08:30", "09:00", "09:30", "10:00")
                        .map(time -> slot(roster, desk.clientId, "2027-05-03T" + time + ":00Z")
                                .required())
                        .toList())
                .containsExactly(4, 4, 4, 4, computedAtTen);
    }

    @Test
    void coverageAndTheOpenSeatsOfAPublishedWeekFollowAnAdjustmentAndItsWithdrawal() {
        Desk desk = Desk.openWithoutShrinkage("adj-seats", MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, 10);
        desk.agent("AJ2", "MONDAY 01:00-05:00"); // 08:00–12:00 UTC: nobody can work at two
        long schedule = desk.solveAndPublish(WEEK);
        String two = "2027-05-03T14:00:00Z";
        String half = "2027-05-03T14:30:00Z";
        String three = "2027-05-03T15:00:00Z";
        int computed = intAt(week(desk), two, "requiredWithShrinkage");
        assertThat(desk.openSeats(WEEK, two)).isEqualTo(computed).isNotEqualTo(6);

        long set = adjust(desk, two, three, "SET", 6, "outbound campaign");

        assertThat(List.of(desk.openSeats(WEEK, two), desk.openSeats(WEEK, half), desk.openSeats(WEEK, three)))
                .containsExactly(6, 6, computed);
        assertThat(desk.slots(WEEK).get(two)).containsEntry("required", 6).containsEntry("planned", 0);
        assertThat(coverageRequired(schedule, desk.clientId, two)).isEqualTo(6);
        assertThat(coverageRequired(schedule, desk.clientId, three)).isEqualTo(computed);

        withdraw(set, 200);

        assertThat(List.of(desk.openSeats(WEEK, two), desk.openSeats(WEEK, half)))
                .containsExactly(computed, computed);
        assertThat(coverageRequired(schedule, desk.clientId, two)).isEqualTo(computed);
    }

    @Test
    void aChangeMovesTheComputedHeadcountForTheSolverCoverageAndOpenSeats() {
        Desk desk = Desk.openWithoutShrinkage("adj-change", MONDAY);
        desk.forecast("2027-05-03T08:00:00Z", 16, 10);
        desk.agent("AJ3", "MONDAY 01:00-05:00"); // 08:00–12:00 UTC: nobody can work at two
        long schedule = desk.solveAndPublish(WEEK);
        String before = "2027-05-03T13:30:00Z";
        String two = "2027-05-03T14:00:00Z";
        String halfPast = "2027-05-03T14:30:00Z";
        String three = "2027-05-03T15:00:00Z";
        String halfPastThree = "2027-05-03T15:30:00Z";
        // 10 calls of 300 s a half-hour need 4 agents; with shrinkage 0 that is the headcount too.
        assertThat(intAt(week(desk), two, "requiredWithShrinkage")).isEqualTo(4);

        long up = adjust(desk, two, three, "CHANGE", 2, "callbacks after a mailing");
        adjust(desk, three, "2027-05-03T16:00:00Z", "CHANGE", -1, "quiet end of the day");

        // 4 + 2 = 6 from two to three, 4 - 1 = 3 from three to four, the computed 4 before.
        assertThat(Stream.of(before, two, halfPast, three, halfPastThree)
                        .map(start -> desk.openSeats(WEEK, start))
                        .toList())
                .containsExactly(4, 6, 6, 3, 3);
        assertThat(desk.slots(WEEK).get(two)).containsEntry("required", 6).containsEntry("planned", 0);
        assertThat(Stream.of(before, two, three)
                        .map(start -> coverageRequired(schedule, desk.clientId, start))
                        .toList())
                .containsExactly(4, 6, 3);
        Roster roster =
                problems.build(LocalDate.parse(WEEK), List.of(desk.clientId)).roster();
        assertThat(Stream.of(before, two, halfPast, three, halfPastThree)
                        .map(start -> slot(roster, desk.clientId, start).required())
                        .toList())
                .containsExactly(4, 6, 6, 3, 3);

        withdraw(up, 200);

        assertThat(List.of(desk.openSeats(WEEK, two), desk.openSeats(WEEK, three)))
                .containsExactly(4, 3);
        assertThat(coverageRequired(schedule, desk.clientId, two)).isEqualTo(4);
    }

    private static int coverageRequired(long schedule, String clientId, String start) {
        List<Map<String, Object>> coverage = as("planner")
                .queryParams("clientId", clientId, "channel", "VOICE")
                .get("/api/v1/schedules/" + schedule + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return coverage.stream()
                .filter(interval -> start.equals(interval.get("start")))
                .map(interval -> ((Number) interval.get("required")).intValue())
                .findFirst()
                .orElseThrow();
    }

    private static CoverageSlot slot(Roster roster, String clientId, String start) {
        int index = (int) (Duration.between(roster.getHorizonStart(), Instant.parse(start))
                        .toMinutes()
                / roster.getGrainMinutes());
        ChannelKey channel = new ChannelKey(clientId, Channel.VOICE);
        return roster.getSlots().stream()
                .filter(s -> s.channel().equals(channel) && s.index() == index)
                .findFirst()
                .orElseThrow();
    }
}

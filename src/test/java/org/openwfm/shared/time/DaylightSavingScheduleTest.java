package org.openwfm.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client in New York (UTC−5 in winter, UTC−4 in summer) staffed by an agent in Phoenix (UTC−7 all year),
 * in the two weeks of 2027 whose Sunday changes New York's clocks: 2027-03-14 02:00 springs to 03:00,
 * 2027-11-07 02:00 falls back to 01:00. The client opens 08:00–20:00 New York time every day; the agent
 * is available 05:00–10:00 Phoenix time (12:00Z–17:00Z all year) for shifts of exactly 4 hours; the
 * forecast asks for agents 12:00Z–16:00Z every day. So the same UTC demand meets a New York opening that
 * moves by an hour on the Sunday, and the solved shifts must move with it.
 */
@QuarkusTest
class DaylightSavingScheduleTest {

    static final String SPRING = "2027-03-08";
    static final String FALL = "2027-11-01";

    /** One desk and one published schedule per week, solved once for all the tests of the week. */
    record Season(NewYorkDesk desk, String agent, String flexibleAgent, long scheduleId) {}

    private static Season spring;
    private static Season fall;

    static synchronized Season spring() {
        if (spring == null) {
            spring = solved("dst-spring", SPRING);
        }
        return spring;
    }

    static synchronized Season fall() {
        if (fall == null) {
            fall = solved("dst-fall", FALL);
        }
        return fall;
    }

    private static Season solved(String clientId, String weekStart) {
        NewYorkDesk desk = NewYorkDesk.openDaily(clientId, "08:00", "20:00");
        String agent =
                desk.agent(clientId + "-phx", NewYorkDesk.contract(4, 4), NewYorkDesk.everyDay("05:00", "10:00"));
        // No availability, so the solver leaves this one out: it shows what an agent may claim afterwards.
        String flexible = desk.agent(clientId + "-flex", NewYorkDesk.contract(2, 8));
        Instant monday = Instant.parse(weekStart + "T12:00:00Z");
        for (int day = 0; day < 7; day++) {
            desk.forecast(monday.plus(Duration.ofDays(day)).toString(), 8, 10);
        }
        return new Season(desk, agent, flexible, desk.solveAndPublish(weekStart, 3));
    }

    @Test
    void theSpringForwardWeekOfANewYorkClientIs334HalfHoursFromFiveUtcToFourUtc() {
        List<Map<String, Object>> intervals = staffing(spring(), SPRING);

        assertThat(intervals).hasSize(334);
        assertBackToBackHalfHoursOnTheGrain(intervals, "2027-03-08T05:00:00Z", "2027-03-15T04:00:00Z");
        // 08:00–20:00 New York is 13:00Z–01:00Z on Saturday (EST) and 12:00Z–00:00Z on Sunday (EDT).
        assertThat(openOrClosed(
                        intervals,
                        "2027-03-13T12:30:00Z",
                        "2027-03-13T13:00:00Z",
                        "2027-03-14T00:30:00Z",
                        "2027-03-14T01:00:00Z",
                        "2027-03-14T11:30:00Z",
                        "2027-03-14T12:00:00Z",
                        "2027-03-14T23:30:00Z",
                        "2027-03-15T00:00:00Z"))
                .containsExactly(false, true, true, false, false, true, true, false);
    }

    @Test
    void theFallBackWeekOfANewYorkClientIs338HalfHoursFromFourUtcToFiveUtc() {
        List<Map<String, Object>> intervals = staffing(fall(), FALL);

        assertThat(intervals).hasSize(338);
        assertBackToBackHalfHoursOnTheGrain(intervals, "2027-11-01T04:00:00Z", "2027-11-08T05:00:00Z");
        // 08:00–20:00 New York is 12:00Z–00:00Z on Saturday (EDT) and 13:00Z–01:00Z on Sunday (EST).
        assertThat(openOrClosed(
                        intervals,
                        "2027-11-06T11:30:00Z",
                        "2027-11-06T12:00:00Z",
                        "2027-11-06T23:30:00Z",
                        "2027-11-07T00:00:00Z",
                        "2027-11-07T12:30:00Z",
                        "2027-11-07T13:00:00Z",
                        "2027-11-08T00:30:00Z",
                        "2027-11-08T01:00:00Z"))
                .containsExactly(false, true, true, false, false, true, true, false);
    }

    @Test
    void springShiftsStartAtEightNewYorkTimeInEstBeforeTheChangeAndInEdtAfterIt() {
        // Before the change 12:00Z is 07:00 EST (closed), so the only 4-hour shift inside both the opening
        // and the agent's window is 13:00Z–17:00Z; on Sunday 12:00Z is 08:00 EDT and the shift meets the demand.
        assertThat(shiftsOf(spring()))
                .containsExactly(
                        "2027-03-08T13:00:00Z/2027-03-08T17:00:00Z",
                        "2027-03-09T13:00:00Z/2027-03-09T17:00:00Z",
                        "2027-03-10T13:00:00Z/2027-03-10T17:00:00Z",
                        "2027-03-11T13:00:00Z/2027-03-11T17:00:00Z",
                        "2027-03-12T13:00:00Z/2027-03-12T17:00:00Z",
                        "2027-03-13T13:00:00Z/2027-03-13T17:00:00Z",
                        "2027-03-14T12:00:00Z/2027-03-14T16:00:00Z");
    }

    @Test
    void fallShiftsStartAtEightNewYorkTimeInEdtBeforeTheChangeAndInEstAfterIt() {
        // Before the change 12:00Z is 08:00 EDT; on Sunday it is 07:00 EST (closed), so the shift starts at 13:00Z.
        assertThat(shiftsOf(fall()))
                .containsExactly(
                        "2027-11-01T12:00:00Z/2027-11-01T16:00:00Z",
                        "2027-11-02T12:00:00Z/2027-11-02T16:00:00Z",
                        "2027-11-03T12:00:00Z/2027-11-03T16:00:00Z",
                        "2027-11-04T12:00:00Z/2027-11-04T16:00:00Z",
                        "2027-11-05T12:00:00Z/2027-11-05T16:00:00Z",
                        "2027-11-06T12:00:00Z/2027-11-06T16:00:00Z",
                        "2027-11-07T13:00:00Z/2027-11-07T17:00:00Z");
    }

    @Test
    void thePhoenixAgentSeesTheSpringWeekAtUtcMinusSevenOnBothSidesOfTheChange() {
        assertThat(localShifts(spring(), SPRING))
                .containsExactly(
                        "2027-03-08T06:00-07:00/2027-03-08T10:00-07:00",
                        "2027-03-09T06:00-07:00/2027-03-09T10:00-07:00",
                        "2027-03-10T06:00-07:00/2027-03-10T10:00-07:00",
                        "2027-03-11T06:00-07:00/2027-03-11T10:00-07:00",
                        "2027-03-12T06:00-07:00/2027-03-12T10:00-07:00",
                        "2027-03-13T06:00-07:00/2027-03-13T10:00-07:00",
                        "2027-03-14T05:00-07:00/2027-03-14T09:00-07:00");
    }

    @Test
    void thePhoenixAgentSeesTheFallWeekAtUtcMinusSevenOnBothSidesOfTheChange() {
        assertThat(localShifts(fall(), FALL))
                .containsExactly(
                        "2027-11-01T05:00-07:00/2027-11-01T09:00-07:00",
                        "2027-11-02T05:00-07:00/2027-11-02T09:00-07:00",
                        "2027-11-03T05:00-07:00/2027-11-03T09:00-07:00",
                        "2027-11-04T05:00-07:00/2027-11-04T09:00-07:00",
                        "2027-11-05T05:00-07:00/2027-11-05T09:00-07:00",
                        "2027-11-06T05:00-07:00/2027-11-06T09:00-07:00",
                        "2027-11-07T06:00-07:00/2027-11-07T10:00-07:00");
    }

    @Test
    void springOpenSlotsAreTheUncoveredHalfHoursFromEightNewYorkTimeOnEachSideOfTheChange() {
        // Every open half-hour of the demand (12:00Z–16:00Z) asks for more agents than the one the schedule put
        // there, so each has a seat; a quiet open half-hour asks for nobody. Open from 08:00 New York: 13:00Z
        // Monday to Saturday, 12:00Z on Sunday.
        List<String> expected = halfHours(SPRING, 6, "13:00", 6);
        expected.addAll(halfHours("2027-03-14", 1, "12:00", 8));

        assertOpenSlots(spring(), SPRING, expected);
    }

    @Test
    void fallOpenSlotsAreTheUncoveredHalfHoursFromEightNewYorkTimeOnEachSideOfTheChange() {
        // Open from 12:00Z Monday to Saturday, 13:00Z on Sunday; the demand ends at 16:00Z.
        List<String> expected = halfHours(FALL, 6, "12:00", 8);
        expected.addAll(halfHours("2027-11-07", 1, "13:00", 6));

        assertOpenSlots(fall(), FALL, expected);
    }

    /** The planner's list and the flexible agent's list (its Phoenix week holds the whole client week's hours). */
    private static void assertOpenSlots(Season season, String weekStart, List<String> expectedStarts) {
        List<Map<String, Object>> planner = season.desk().openSlots(weekStart);
        List<Map<String, Object>> agent = NewYorkDesk.agentOpenSlots(season.flexibleAgent(), weekStart);

        for (List<Map<String, Object>> slots : List.of(planner, agent)) {
            assertThat(slots).extracting(s -> s.get("start")).containsExactlyElementsOf(expectedStarts);
            assertThat(slots).allSatisfy(s -> {
                Instant start = Instant.parse((String) s.get("start"));
                assertThat(Grain.isOnGrain(start, 30)).isTrue();
                assertThat(s.get("end"))
                        .isEqualTo(start.plus(Duration.ofMinutes(30)).toString());
                assertThat((Integer) s.get("openSeats")).isPositive();
            });
        }
    }

    /** {@code count} UTC half-hours from {@code time} on each of {@code days} days from {@code firstDay}. */
    private static List<String> halfHours(String firstDay, int days, String time, int count) {
        List<String> starts = new ArrayList<>();
        Instant first = Instant.parse(firstDay + "T" + time + ":00Z");
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < count; i++) {
                starts.add(first.plus(Duration.ofDays(day))
                        .plus(Duration.ofMinutes(30L * i))
                        .toString());
            }
        }
        return starts;
    }

    private static List<Map<String, Object>> staffing(Season season, String weekStart) {
        return as("planner")
                .queryParams("clientId", season.desk().clientId, "channel", "VOICE", "weekStart", weekStart)
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals");
    }

    private static void assertBackToBackHalfHoursOnTheGrain(
            List<Map<String, Object>> intervals, String first, String end) {
        assertThat(intervals.get(0).get("start")).isEqualTo(first);
        assertThat(intervals.get(intervals.size() - 1).get("end")).isEqualTo(end);
        String previousEnd = first;
        for (Map<String, Object> interval : intervals) {
            Instant start = Instant.parse((String) interval.get("start"));
            assertThat(interval.get("start")).isEqualTo(previousEnd);
            assertThat(Grain.isOnGrain(start, 30)).as("%s on the grain", start).isTrue();
            assertThat(interval.get("end"))
                    .isEqualTo(start.plus(Duration.ofMinutes(30)).toString());
            previousEnd = (String) interval.get("end");
        }
    }

    /** Whether the channel is open in each interval named by its start. */
    private static List<Boolean> openOrClosed(List<Map<String, Object>> intervals, String... starts) {
        return java.util.Arrays.stream(starts)
                .map(start -> intervals.stream()
                        .filter(i -> start.equals(i.get("start")))
                        .map(i -> (Boolean) i.get("open"))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    /** The published schedule's shifts of the Phoenix agent as "start/end" in UTC, each checked on the grain. */
    private static List<String> shiftsOf(Season season) {
        List<Map<String, Object>> shifts = as("planner")
                .get("/api/v1/schedules/" + season.scheduleId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        assertThat(shifts).allSatisfy(s -> {
            assertThat(Grain.isOnGrain(Instant.parse((String) s.get("start")), 30))
                    .isTrue();
            assertThat(Grain.isOnGrain(Instant.parse((String) s.get("end")), 30))
                    .isTrue();
        });
        return shifts.stream()
                .filter(s -> season.agent().equals(s.get("agentId")))
                .sorted(Comparator.comparing(s -> (String) s.get("start")))
                .map(s -> s.get("start") + "/" + s.get("end"))
                .toList();
    }

    /** The agent's own week as "localStart/localEnd", with seconds dropped for reading. */
    private static List<String> localShifts(Season season, String weekStart) {
        List<Map<String, Object>> shifts =
                NewYorkDesk.agentWeek(season.agent(), weekStart).getList("shifts");
        return shifts.stream()
                .map(s -> local(s.get("localStart")) + "/" + local(s.get("localEnd")))
                .toList();
    }

    private static String local(Object offsetDateTime) {
        return java.time.OffsetDateTime.parse((String) offsetDateTime).toString();
    }
}

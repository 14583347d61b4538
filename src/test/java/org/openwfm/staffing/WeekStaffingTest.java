package org.openwfm.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;

@QuarkusTest
class WeekStaffingTest {

    @Inject
    StaffingService staffing;

    static JsonPath week(String clientId, String channel, String weekStart) {
        return as("planner")
                .queryParams("clientId", clientId, "channel", channel, "weekStart", weekStart)
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyIntervalOfTheSampleWeekFromTheForecastAndTheRules() {
        JsonPath week = week("retail", "VOICE", "2026-11-30");
        List<Map<String, Object>> intervals = week.getList("intervals");

        assertThat(intervals).hasSize(7 * 48);
        assertThat(week.getString("timeZone")).isEqualTo("America/New_York");
        assertThat(intervals.get(0).get("start")).isEqualTo("2026-11-30T05:00:00Z");
        // 08:00 New York is 13:00 UTC: the first open interval, with the forecast's contacts.
        Map<String, Object> opening = interval(intervals, "2026-11-30T13:00:00Z");
        assertThat(opening.get("open")).isEqualTo(true);
        assertThat(((Number) opening.get("contacts")).doubleValue()).isGreaterThan(0);
        assertThat((Integer) opening.get("required")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) opening.get("requiredWithShrinkage"))
                .isEqualTo((int) Math.ceil((Integer) opening.get("required") / 0.7 - 1e-9));
    }

    @Test
    void closedIntervalsRequireNobody() {
        List<Map<String, Object>> intervals =
                week("retail", "VOICE", "2026-11-30").getList("intervals");
        Map<String, Object> night = interval(intervals, "2026-11-30T08:00:00Z"); // 03:00 in New York

        assertThat(night.get("open")).isEqualTo(false);
        assertThat(night.get("required")).isEqualTo(0);
        assertThat(night.get("requiredWithShrinkage")).isEqualTo(0);
        assertThat(intervals.stream().filter(i -> i.get("open").equals(false)))
                .allSatisfy(i -> assertThat(i.get("requiredWithShrinkage")).isEqualTo(0));
    }

    @Test
    void theSaleDayPeakNeedsSeveralTimesTheOrdinaryPeak() {
        List<Map<String, Object>> intervals =
                week("retail", "VOICE", "2026-12-07").getList("intervals");

        int saleWednesday = peak(intervals, "2026-12-09");
        int tuesday = peak(intervals, "2026-12-08");
        assertThat(saleWednesday).isGreaterThan(3 * tuesday);
    }

    @Test
    void theBankIsClosedOnSunday() {
        List<Map<String, Object>> intervals =
                week("bank", "VOICE", "2026-11-30").getList("intervals");

        assertThat(intervals.stream().filter(i -> ((String) i.get("start")).startsWith("2026-12-06T1")))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("required")).isEqualTo(0));
    }

    @Test
    void aWeekWithADstChangeHasAnHourMoreOrLess() {
        assertThat(week("retail", "VOICE", "2026-10-26").getList("intervals")).hasSize(7 * 48 + 2);
        assertThat(week("retail", "VOICE", "2027-03-08").getList("intervals")).hasSize(7 * 48 - 2);
    }

    @Test
    void refusesAnUnknownClientAWrongChannelAndADayThatIsNotMonday() {
        as("planner")
                .queryParams("clientId", "nobody", "channel", "VOICE", "weekStart", "2026-11-30")
                .get("/api/v1/staffing")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
        as("planner")
                .queryParams("clientId", "bank", "channel", "CHAT", "weekStart", "2026-11-30")
                .get("/api/v1/staffing")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        as("planner")
                .queryParams("clientId", "bank", "channel", "VOICE", "weekStart", "2026-12-01")
                .get("/api/v1/staffing")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("2026-12-01 is a TUESDAY, not a Monday"));
        as("A001")
                .queryParams("clientId", "bank", "channel", "VOICE", "weekStart", "2026-11-30")
                .get("/api/v1/staffing")
                .then()
                .statusCode(403);
    }

    @Test
    void emailWorkWaitsForTheDaysOpenHours() {
        as("planner")
                .body(Map.of(
                        "id",
                        "mailco",
                        "name",
                        "Mail Co",
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "EMAIL",
                                "maxOccupancy",
                                1.0,
                                "shrinkage",
                                0.0,
                                "openingHours",
                                List.of(Map.of("dayOfWeek", "MONDAY", "open", "09:00", "close", "10:00"))))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        as("forecaster")
                .contentType("text/csv")
                .body("client_id,channel,interval_start,contacts,aht_seconds\n"
                        + "mailco,EMAIL,2026-11-30T02:00:00Z,36,300\nmailco,EMAIL,2026-11-30T20:00:00Z,36,300\n")
                .post("/api/v1/forecasts")
                .then()
                .statusCode(201);

        List<Map<String, Object>> intervals =
                week("mailco", "EMAIL", "2026-11-30").getList("intervals");

        // 72 emails × 300 s = 21,600 s of work, shared by the two open half-hours: 6 Erlangs each.
        assertThat(interval(intervals, "2026-11-30T09:00:00Z").get("required")).isEqualTo(6);
        assertThat(interval(intervals, "2026-11-30T09:30:00Z").get("required")).isEqualTo(6);
        assertThat(interval(intervals, "2026-11-30T02:00:00Z").get("required")).isEqualTo(0);
    }

    @Test
    void projectedServiceLevelRisesWithTheScheduledHeadcount() {
        WeekStaffing week = staffing.weekStaffing("retail", Channel.VOICE, LocalDate.parse("2026-11-30"));
        IntervalStaffing busiest = week.intervals().stream()
                .max((a, b) -> Integer.compare(
                        a.requirement().agents(), b.requirement().agents()))
                .orElseThrow();
        int headcount = busiest.requirement().agentsWithShrinkage();

        assertThat(busiest.serviceLevelWithScheduled(0)).isZero();
        assertThat(busiest.serviceLevelWithScheduled(headcount)).isGreaterThanOrEqualTo(0.8);
        assertThat(busiest.serviceLevelWithScheduled(headcount - 3))
                .isLessThan(busiest.serviceLevelWithScheduled(headcount));
        assertThat(busiest.serviceLevelWithScheduled(10 * headcount)).isGreaterThan(0.99);
    }

    private static Map<String, Object> interval(List<Map<String, Object>> intervals, String start) {
        return intervals.stream()
                .filter(i -> i.get("start").equals(start))
                .findFirst()
                .orElseThrow();
    }

    private static int peak(List<Map<String, Object>> intervals, String utcDate) {
        return intervals.stream()
                .filter(i -> ((String) i.get("start")).startsWith(utcDate))
                .mapToInt(i -> (Integer) i.get("required"))
                .max()
                .orElseThrow();
    }
}

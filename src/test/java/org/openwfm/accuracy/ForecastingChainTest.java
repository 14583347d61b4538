package org.openwfm.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.ActualsHistory;
import org.openwfm.support.Desk;
import org.openwfm.support.PlannerSteps;

/** The whole chain through the API: history in, a forecast generated, a week solved against it, accuracy after. */
@QuarkusTest
class ForecastingChainTest {

    static final String CLIENT = "chain";
    static final LocalDate WEEK = LocalDate.parse("2027-05-03");

    @Test
    void historyForecastScheduleAndAccuracy() {
        Desk desk = ActualsHistory.desk(CLIENT);
        // 01:00–09:00 in Phoenix is the desk's 08:00–16:00 UTC.
        desk.agent("CH01", "MONDAY 01:00-09:00");
        ActualsHistory.upload(CLIENT, WEEK.minusWeeks(5), WEEK, (date, slot) -> 20.0, 300);

        JsonPath generated = ActualsHistory.generate(CLIENT, WEEK.toString(), 1, "seasonal-naive", 201);
        long version = generated.getLong("forecast.id");

        // Staffing reads the generated version as it reads an upload.
        JsonPath staffing = as("planner")
                .queryParam("clientId", CLIENT)
                .queryParam("channel", "VOICE")
                .queryParam("weekStart", WEEK.toString())
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String nine = "2027-05-03T09:00:00Z";
        assertThat(staffing.getFloat("intervals.find { it.start == '" + nine + "' }.contacts"))
                .isEqualTo(20f);
        int required = staffing.getInt("intervals.find { it.start == '" + nine + "' }.requiredWithShrinkage");
        assertThat(required).isPositive();

        // The schedule covers that requirement.
        long schedule = PlannerSteps.solveAndPublish(CLIENT, WEEK.toString(), 2);
        List<Map<String, Object>> coverage = as("planner")
                .queryParam("clientId", CLIENT)
                .queryParam("channel", "VOICE")
                .get("/api/v1/schedules/" + schedule + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        Map<String, Object> atNine = coverage.stream()
                .filter(i -> nine.equals(i.get("start")))
                .findFirst()
                .orElseThrow();
        assertThat(atNine).containsEntry("required", required);
        assertThat(((Number) atNine.get("scheduled")).doubleValue()).isPositive();

        // The Monday happens: 25 contacts a half-hour instead of 20.
        ActualsHistory.upload(CLIENT, WEEK, WEEK.plusDays(1), (date, slot) -> 25.0, 300);
        JsonPath accuracy = as("forecaster")
                .queryParam("clientId", CLIENT)
                .queryParam("channel", "VOICE")
                .queryParam("from", ActualsHistory.start(WEEK, 0).toString())
                .queryParam("to", ActualsHistory.start(WEEK.plusDays(1), 0).toString())
                .get("/api/v1/forecasts/accuracy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(accuracy.getInt("overall.contacts.intervals")).isEqualTo(ActualsHistory.SLOTS);
        assertThat(accuracy.getDouble("overall.contacts.wape")).isCloseTo(5.0 / 25, within(1e-9));
        assertThat(accuracy.getDouble("overall.contacts.bias")).isCloseTo(-5.0 / 25, within(1e-9));
        assertThat(accuracy.getList("intervals.forecastId", Long.class)).containsOnly(version);
        // Flat history: no week-on-week change, so MASE has no yardstick.
        assertThat(accuracy.getString("overall.contacts.mase")).isNull();
    }
}

package org.openwfm.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/**
 * A Monday forecast at 100 contacts and 300 s per half-hour, 08:00–16:00, against actuals of 110 contacts at 330 s.
 * The four Mondays before alternated 100/120 contacts and 300/360 s, so the week-on-week naive errors are 20 contacts
 * and 60 s.
 */
@QuarkusTest
class AccuracyTest {

    static final String MONDAY = "2027-05-03T08:00:00Z";
    static final String DAY_END = "2027-05-03T16:00:00Z";

    private static Desk desk(String clientId) {
        Desk desk = Desk.open(clientId, 0, Desk.MONDAY);
        desk.forecast(MONDAY, 16, 100);
        for (int week = 4; week >= 1; week--) {
            boolean odd = week % 2 == 1;
            actuals(clientId, Instant.parse(MONDAY).minusSeconds(week * 7 * 86400L), odd ? 120 : 100, odd ? 360 : 300);
        }
        actuals(clientId, Instant.parse(MONDAY), 110, 330);
        return desk;
    }

    private static void actuals(String clientId, Instant from, double contacts, double aht) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int slot = 0; slot < 16; slot++) {
            rows.add(Map.of(
                    "start", from.plusSeconds(1800L * slot).toString(), "contacts", contacts, "ahtSeconds", aht));
        }
        as("forecaster")
                .body(Map.of("clientId", clientId, "channel", "VOICE", "intervals", rows))
                .post("/api/v1/actuals")
                .then()
                .statusCode(201);
    }

    private static JsonPath accuracy(String clientId, Long forecastId) {
        var request = as("planner")
                .queryParam("clientId", clientId)
                .queryParam("channel", "VOICE")
                .queryParam("from", MONDAY)
                .queryParam("to", DAY_END);
        if (forecastId != null) {
            request.queryParam("forecastId", forecastId);
        }
        return request.get("/api/v1/forecasts/accuracy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void contactsAndHandleTimeAreScoredAgainstTheActuals() {
        desk("acc-scores");
        JsonPath answer = accuracy("acc-scores", null);

        // WAPE = 16 × 10 / (16 × 110); bias = (1600 − 1760) / 1760; MASE = mean |F − A| / naive = 10 / 20.
        assertThat(answer.getInt("overall.contacts.intervals")).isEqualTo(16);
        assertThat(answer.getDouble("overall.contacts.wape")).isCloseTo(10.0 / 110, within(1e-9));
        assertThat(answer.getDouble("overall.contacts.bias")).isCloseTo(-10.0 / 110, within(1e-9));
        assertThat(answer.getDouble("overall.contacts.mase")).isCloseTo(0.5, within(1e-9));
        // Handle time: |300 − 330| / 330, and 30 s over a naive 60 s.
        assertThat(answer.getDouble("overall.handleTime.wape")).isCloseTo(30.0 / 330, within(1e-9));
        assertThat(answer.getDouble("overall.handleTime.bias")).isCloseTo(-30.0 / 330, within(1e-9));
        assertThat(answer.getDouble("overall.handleTime.mase")).isCloseTo(0.5, within(1e-9));
        assertThat(answer.getList("days.date", String.class)).containsExactly("2027-05-03");
        assertThat(answer.getDouble("days[0].scores.contacts.wape")).isCloseTo(10.0 / 110, within(1e-9));
        assertThat(answer.getInt("intervalsWithoutForecast")).isZero();
    }

    @Test
    void theStaffingErrorIsTheForecastsRequirementMinusWhatTheActualsRequired() {
        desk("acc-staffing");
        JsonPath answer = accuracy("acc-staffing", null);
        List<Integer> fromForecast = answer.getList("intervals.agentsFromForecast", Integer.class);
        List<Integer> fromActuals = answer.getList("intervals.agentsFromActuals", Integer.class);

        // The forecast's side is what the staffing week requires for the same interval.
        int required = as("planner")
                .queryParam("clientId", "acc-staffing")
                .queryParam("channel", "VOICE")
                .queryParam("weekStart", "2027-05-03")
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("intervals.find { it.start == '" + MONDAY + "' }.required");
        assertThat(fromForecast).hasSize(16).containsOnly(required);
        assertThat(fromActuals.get(0)).isGreaterThan(required);
        double meanError = required - fromActuals.get(0);
        assertThat(answer.getDouble("overall.staffing.meanError")).isCloseTo(meanError, within(1e-9));
        assertThat(answer.getDouble("overall.staffing.meanAbsoluteError")).isCloseTo(-meanError, within(1e-9));
        assertThat(answer.getInt("overall.staffing.intervalsUnder")).isEqualTo(16);
        assertThat(answer.getInt("overall.staffing.intervalsOver")).isZero();
    }

    @Test
    void aNamedVersionIsComparedInsteadOfTheOneInEffect() {
        Desk desk = desk("acc-versions");
        long first = as("planner")
                .queryParam("clientId", "acc-versions")
                .queryParam("channel", "VOICE")
                .queryParam("from", MONDAY)
                .queryParam("to", DAY_END)
                .get("/api/v1/forecasts")
                .then()
                .extract()
                .jsonPath()
                .getLong("intervals[0].forecastId");
        desk.forecast(MONDAY, 16, 110);

        assertThat(accuracy("acc-versions", null).getDouble("overall.contacts.wape"))
                .isZero();
        assertThat(accuracy("acc-versions", first).getDouble("overall.contacts.wape"))
                .isCloseTo(10.0 / 110, within(1e-9));
    }

    @Test
    void aForecastStoredAfterTheIntervalBeganWasNotInEffect() {
        Desk desk = Desk.open("acc-late", 0);
        String past = "2026-11-02T08:00:00Z";
        desk.forecast(past, 2, 100);
        actuals("acc-late", Instant.parse(past), 110, 330);

        JsonPath answer = as("forecaster")
                .queryParam("clientId", "acc-late")
                .queryParam("channel", "VOICE")
                .queryParam("from", past)
                .queryParam("to", "2026-11-02T09:00:00Z")
                .get("/api/v1/forecasts/accuracy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getInt("overall.contacts.intervals")).isZero();
        assertThat(answer.getInt("intervalsWithoutForecast")).isEqualTo(2);
        assertThat(answer.getString("overall.contacts.wape")).isNull();
    }

    @Test
    void aSpanTooLongOrBackwardsIsNamed() {
        as("planner")
                .queryParam("clientId", "acc-scores")
                .queryParam("channel", "VOICE")
                .queryParam("from", DAY_END)
                .queryParam("to", MONDAY)
                .get("/api/v1/forecasts/accuracy")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }
}

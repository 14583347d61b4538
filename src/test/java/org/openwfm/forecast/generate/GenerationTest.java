package org.openwfm.forecast.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openwfm.support.ActualsHistory;

/**
 * Forecasts generated from actuals through the API, on a desk open weekdays 08:00–16:00 UTC whose five past weeks
 * had {@code 10 + slot + week} contacts per half-hour (week 0 begins 2027-03-29), so each week is told apart.
 */
@QuarkusTest
class GenerationTest {

    static final LocalDate FIRST = LocalDate.parse("2027-03-29");
    static final LocalDate FROM = LocalDate.parse("2027-05-03");
    static final LocalDate TUESDAY = FROM.plusDays(1);

    private static void fiveWeeks(String clientId) {
        ActualsHistory.desk(clientId);
        ActualsHistory.upload(
                clientId, FIRST, FROM, (date, slot) -> 10 + slot + ChronoUnit.WEEKS.between(FIRST, date), 300);
    }

    /** {@code 10 + slot + week} for every slot of a day of {@code week}, times {@code factor}. */
    private static List<Float> weekValues(int week, double factor) {
        return IntStream.range(0, ActualsHistory.SLOTS)
                .mapToObj(slot -> (float) ((10 + slot + week) * factor))
                .toList();
    }

    @Test
    void seasonalNaiveRepeatsTheLastWeekAndStoresAVersionThatSaysSo() {
        fiveWeeks("gen-naive");
        JsonPath answer = ActualsHistory.generate("gen-naive", FROM.toString(), 1, "seasonal-naive", 201);

        assertThat(ActualsHistory.curve("gen-naive", FROM)).isEqualTo(weekValues(4, 1));
        assertThat(ActualsHistory.curve("gen-naive", FROM.plusDays(4))).isEqualTo(weekValues(4, 1));
        assertThat(answer.getString("method")).isEqualTo("seasonal-naive");
        assertThat(answer.getString("forecast.method")).isEqualTo("seasonal-naive");
        // Weekdays only: no weekend was ever seen, so no weekend row is made up.
        assertThat(answer.getInt("forecast.rowCount")).isEqualTo(5 * ActualsHistory.SLOTS);
        assertThat(answer.getString("history.firstDay")).isEqualTo("2027-03-29");
        assertThat(answer.getString("history.lastDay")).isEqualTo("2027-05-02");
        assertThat(answer.getInt("history.intervals")).isEqualTo(25 * ActualsHistory.SLOTS);
        assertThat(answer.getString("methodByLeadDay.7")).isEqualTo("seasonal-naive");
    }

    @Test
    void aNamedMethodReportsItsOwnBackTest() {
        fiveWeeks("gen-naive-backtest");
        JsonPath answer = ActualsHistory.generate("gen-naive-backtest", FROM.toString(), 1, "seasonal-naive", 201);

        // 35 days less the 7 seasonal naive needs: 28 origins, 2027-04-05 to 2027-05-02, each 7 days ahead. Last
        // week's slot is always 1 short, as is the naive scale: MASE 1 at every lead day. Lead 1 scores the 20
        // weekdays of weeks 1 to 4, 16 slots each: errors 320 on 5 * (1120 + 16 * 10) = 6400 contacts, WAPE 0.05;
        // lead 7 the 15 weekdays of weeks 2 to 4: 240 on 4920. All lead days: 1920 on 38880 = 4 / 81.
        assertThat(answer.getString("backTestSkipped")).isNull();
        assertThat(answer.getList("backTest.methods.method", String.class)).containsExactly("seasonal-naive");
        assertThat(answer.getInt("backTest.origins")).isEqualTo(28);
        assertThat(answer.getString("backTest.firstOrigin")).isEqualTo("2027-04-05");
        assertThat(answer.getString("backTest.lastOrigin")).isEqualTo("2027-05-02");
        assertThat(answer.getInt("backTest.horizonDays")).isEqualTo(7);
        assertThat(answer.getDouble("backTest.naiveScale")).isEqualTo(1.0);
        String naive = "backTest.methods[0].";
        assertThat(answer.getList(naive + "leadDays.leadDay", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(answer.getList(naive + "leadDays.mase", Double.class)).containsOnly(1.0);
        assertThat(answer.getInt(naive + "leadDays[0].points")).isEqualTo(320);
        assertThat(answer.getDouble(naive + "leadDays[0].wape")).isCloseTo(0.05, within(1e-6));
        assertThat(answer.getInt(naive + "leadDays[6].points")).isEqualTo(240);
        assertThat(answer.getDouble(naive + "leadDays[6].wape")).isCloseTo(240.0 / 4920, within(1e-6));
        assertThat(answer.getInt(naive + "points")).isEqualTo(1920);
        assertThat(answer.getDouble(naive + "wape")).isCloseTo(4.0 / 81, within(1e-6));
        assertThat(answer.getDouble(naive + "mase")).isEqualTo(1.0);
    }

    @Test
    void aNamedMethodWithHistoryForItselfButNotItsBackTestForecastsAndSaysWhy() {
        fiveWeeks("gen-hw-no-backtest");
        JsonPath answer = ActualsHistory.generate("gen-hw-no-backtest", FROM.toString(), 1, "holt-winters", 201);

        assertThat(answer.getString("method")).isEqualTo("holt-winters");
        assertThat(answer.getInt("forecast.rowCount")).isEqualTo(5 * ActualsHistory.SLOTS);
        assertThat(answer.getString("backTest")).isNull();
        assertThat(answer.getString("backTestSkipped"))
                .isEqualTo("holt-winters is not back-tested: a back-test needs at least 42 days of history (the 14"
                        + " the method needs, then 28 days to forecast from one by one); the history has 35");
    }

    @Test
    void thinHistoryIsRefusedWithHowMuchIsNeeded() {
        ActualsHistory.desk("gen-thin");
        ActualsHistory.upload("gen-thin", FROM.minusDays(7), FROM, (date, slot) -> 20.0, 300);

        JsonPath refusal = ActualsHistory.generate("gen-thin", FROM.toString(), 1, "holt-winters", 422);

        assertThat(refusal.getString("detail"))
                .contains("holt-winters needs at least")
                .contains("days of actuals for gen-thin VOICE before 2027-05-03; there are 7");
        assertThat(rowsStored("gen-thin")).isZero();
    }

    @Test
    void autoIsTheDefaultAndReportsTheBackTestOfEveryMethod() {
        ActualsHistory.desk("gen-auto");
        // Eight weeks: a weekly shape with a deterministic wobble, so the methods differ.
        LocalDate first = FROM.minusWeeks(8);
        ActualsHistory.upload(
                "gen-auto", first, FROM, (date, slot) -> 30 + 2 * slot + (date.getDayOfYear() * 7 + slot) % 5, 300);

        JsonPath answer = ActualsHistory.generate("gen-auto", FROM.toString(), 2, null, 201);

        assertThat(answer.getString("method")).isEqualTo("auto");
        assertThat(answer.getString("forecast.method")).isEqualTo("auto");
        assertThat(answer.getList("backTest.methods.method", String.class))
                .containsExactlyInAnyOrder("seasonal-naive", "weekday-average", "holt-winters", "combined");
        assertThat(answer.getInt("backTest.origins")).isEqualTo(42);
        assertThat(answer.getString("backTestSkipped")).isNull();
        Map<String, String> byLead = answer.getMap("methodByLeadDay");
        assertThat(byLead).hasSize(14);
        assertThat(byLead.values())
                .allSatisfy(m -> assertThat(m).isIn("seasonal-naive", "weekday-average", "holt-winters", "combined"));
    }

    @Test
    void autoRefusesLessThanSixWeeksOfHistory() {
        fiveWeeks("gen-auto-thin");

        JsonPath refusal = ActualsHistory.generate("gen-auto-thin", FROM.toString(), 1, null, 422);

        assertThat(refusal.getString("detail"))
                .contains(
                        "auto needs at least 42 days of actuals for gen-auto-thin VOICE before 2027-05-03; there are 35");
    }

    @Test
    void anExcludedDayTeachesNothingAndChangesNoOtherDay() {
        fiveWeeks("gen-excluded");
        ActualsHistory.generate("gen-excluded", FROM.toString(), 1, "seasonal-naive", 201);
        List<Float> tuesdayBefore = ActualsHistory.curve("gen-excluded", TUESDAY);

        ActualsHistory.mark("gen-excluded", "2027-04-26", "EXCLUDED", "outage", null);
        JsonPath answer = ActualsHistory.generate("gen-excluded", FROM.toString(), 1, "seasonal-naive", 201);

        // The last Monday is left out, so Monday repeats the Monday before it (week 3).
        assertThat(ActualsHistory.curve("gen-excluded", FROM)).isEqualTo(weekValues(3, 1));
        assertThat(ActualsHistory.curve("gen-excluded", TUESDAY)).isEqualTo(tuesdayBefore);
        assertThat(answer.getList("history.leftOut", String.class)).containsExactly("2027-04-26");
    }

    @Test
    void anEventsGivenUpliftLiftsItsDayOnly() {
        fiveWeeks("gen-event");
        ActualsHistory.mark("gen-event", TUESDAY.toString(), "EVENT", "spring sale", 1.5);

        JsonPath answer = ActualsHistory.generate("gen-event", FROM.toString(), 1, "seasonal-naive", 201);

        assertThat(ActualsHistory.curve("gen-event", TUESDAY)).isEqualTo(weekValues(4, 1.5));
        assertThat(ActualsHistory.curve("gen-event", FROM)).isEqualTo(weekValues(4, 1));
        assertThat(answer.getList("events", Map.class))
                .containsExactly(Map.of("date", "2027-05-04", "name", "spring sale", "uplift", 1.5f, "learned", false));
    }

    @Test
    void anEventWithoutUpliftLearnsItFromPastEventsOfTheSameName() {
        ActualsHistory.desk("gen-learned");
        // 20 contacts a half-hour, but 50 on the past sale (2027-04-20): an uplift of 2.5 over a flat weekday. The
        // Tuesday before was another event at 80, which must not lift the baseline the sale is measured against.
        LocalDate pastSale = LocalDate.parse("2027-04-20");
        LocalDate clearance = pastSale.minusWeeks(1);
        ActualsHistory.upload(
                "gen-learned",
                FIRST,
                FROM,
                (date, slot) -> date.equals(pastSale) ? 50.0 : date.equals(clearance) ? 80.0 : 20.0,
                300);
        ActualsHistory.mark("gen-learned", pastSale.toString(), "EVENT", "flash sale", null);
        ActualsHistory.mark("gen-learned", clearance.toString(), "EVENT", "clearance", 4.0);
        ActualsHistory.mark("gen-learned", TUESDAY.toString(), "EVENT", "flash sale", null);

        JsonPath answer = ActualsHistory.generate("gen-learned", FROM.toString(), 1, "seasonal-naive", 201);

        assertThat(ActualsHistory.curve("gen-learned", TUESDAY)).containsOnly(50f);
        assertThat(ActualsHistory.curve("gen-learned", FROM)).containsOnly(20f);
        assertThat(answer.getFloat("events[0].uplift")).isCloseTo(2.5f, within(1e-5f));
        assertThat(answer.getBoolean("events[0].learned")).isTrue();
    }

    @Test
    void anEventWithNothingToLearnFromIsRefusedAndNothingIsStored() {
        fiveWeeks("gen-unknown-event");
        ActualsHistory.mark("gen-unknown-event", TUESDAY.toString(), "EVENT", "first ever launch", null);

        JsonPath refusal = ActualsHistory.generate("gen-unknown-event", FROM.toString(), 1, "seasonal-naive", 422);

        assertThat(refusal.getString("detail")).contains("'first ever launch' on 2027-05-04 has no uplift");
        assertThat(rowsStored("gen-unknown-event")).isZero();
    }

    @Test
    void anUpliftThatLiftsPastTheForecastRulesIsRefusedAndNothingIsStored() {
        ActualsHistory.desk("gen-too-big");
        ActualsHistory.upload("gen-too-big", FIRST, FROM, (date, slot) -> 60_000.0, 300);
        ActualsHistory.mark("gen-too-big", TUESDAY.toString(), "EVENT", "mega sale", 20.0);

        JsonPath refusal = ActualsHistory.generate("gen-too-big", FROM.toString(), 1, "seasonal-naive", 422);

        assertThat(refusal.getString("detail"))
                .startsWith("The generated forecast breaks the forecast rules, so nothing was stored: ")
                .contains("1200000");
        assertThat(rowsStored("gen-too-big")).isZero();
    }

    @Test
    void anUnknownMethodIsNamed() {
        fiveWeeks("gen-bad-method");
        JsonPath refusal = ActualsHistory.generate("gen-bad-method", FROM.toString(), 1, "arima", 400);

        assertThat(refusal.getString("errors[0].field")).isEqualTo("method");
        assertThat(refusal.getString("errors[0].message")).contains("'arima'").contains("holt-winters");
    }

    @Test
    void tooManyWeeksAndAMissingFromAreNamed() {
        JsonPath refusal = as("forecaster")
                .body(Map.of("clientId", "gen-naive", "channel", "VOICE", "weeks", 13))
                .post("/api/v1/forecasts/generate")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();

        assertThat(refusal.getList("errors.field", String.class)).contains("from", "weeks");
    }

    /** Rows of the client's effective curve over the forecast week: zero when nothing was stored. */
    private static int rowsStored(String clientId) {
        return as("planner")
                .queryParam("clientId", clientId)
                .queryParam("channel", "VOICE")
                .queryParam("from", ActualsHistory.start(FROM, 0).toString())
                .queryParam("to", ActualsHistory.start(FROM.plusDays(7), 0).toString())
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals")
                .size();
    }
}

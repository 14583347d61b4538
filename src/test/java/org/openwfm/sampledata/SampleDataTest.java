package org.openwfm.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SampleDataTest {

    /** The tests pin the demo's first week to the files' own Monday. */
    static final LocalDate FIRST_MONDAY = LocalDate.parse("2026-11-30");

    static final String[] CHANNELS = {"retail VOICE", "retail CHAT", "telecom VOICE", "bank VOICE"};

    @Inject
    Clock clock;

    @Test
    void loadsThreeClientsInDifferentZones() {
        List<String> zones = as("planner")
                .get("/api/v1/clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id in ['retail','telecom','bank'] }.timeZone");

        assertThat(zones).containsExactlyInAnyOrder("America/New_York", "America/Chicago", "America/Los_Angeles");
    }

    @Test
    void loadsAHundredAndFiftyAgentsSomeCertifiedForTwoClients() {
        List<Map<String, Object>> agents = as("planner")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id ==~ /A\\d{3}/ }");

        assertThat(agents).hasSize(150);
        long twoClients = agents.stream()
                .filter(a -> ((List<Map<String, String>>) a.get("certifications"))
                                .stream().map(c -> c.get("clientId")).distinct().count()
                        > 1)
                .count();
        assertThat(twoClients).isBetween(15L, 60L);
        assertThat(agents).extracting(a -> a.get("timeZone")).contains("America/Phoenix", "America/Denver");
    }

    @Test
    void loadsFourForecastWeeksWhoseOneSaleDayIsTheSecondWeeksWednesday() {
        // The tests pin the demo's first week to the files' own Monday, 2026-11-30 (New York: UTC-5).
        double saleDay = dailyContacts("2026-12-09T05:00:00Z", "2026-12-10T05:00:00Z");
        double dayBefore = dailyContacts("2026-12-08T05:00:00Z", "2026-12-09T05:00:00Z");
        double sameDayAWeekEarlier = dailyContacts("2026-12-02T05:00:00Z", "2026-12-03T05:00:00Z");

        assertThat(saleDay).isBetween(4_500.0, 5_500.0).isGreaterThan(5 * dayBefore);
        assertThat(sameDayAWeekEarlier).isBetween(400.0, 1_000.0);
        assertThat(dailyContacts("2026-12-27T05:00:00Z", "2026-12-28T05:00:00Z"))
                .as("last day of week 4")
                .isGreaterThan(300);
        assertThat(dailyContacts("2026-12-28T05:00:00Z", "2026-12-29T05:00:00Z"))
                .as("after the four weeks")
                .isZero();
    }

    @Test
    void loadsFourSupervisorsEightTeamsAndTheirWeeklyActivities() {
        JsonPath supervisors = as("planner")
                .get("/api/v1/supervisors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(supervisors.getList("findAll { it.id ==~ /S\\d/ }.timeZone"))
                .containsExactly("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles");
        assertThat(supervisors.getString("find { it.id == 'S4' }.agentId")).isEqualTo("A075");

        List<Map<String, Object>> teams = as("planner")
                .get("/api/v1/teams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id ==~ /T\\d+/ }");
        assertThat(teams).hasSize(8);
        List<String> members = teams.stream()
                .flatMap(t -> ((List<String>) t.get("members")).stream())
                .toList();
        assertThat(members).hasSize(100).doesNotHaveDuplicates().doesNotContain("A075");
        assertThat(teams).allSatisfy(t -> assertThat((List<?>) t.get("members")).hasSizeBetween(8, 13));

        List<Map<String, Object>> activities = as("planner")
                .get("/api/v1/activities")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.createdBy == 'sample-data' }");
        assertThat(activities)
                .extracting(a -> a.get("kind"))
                .containsOnly("TEAM_MEETING", "COACHING", "TRAINING")
                .hasSize(17);
        Map<String, Object> training = activities.get(16);
        assertThat(training.get("kind")).isEqualTo("TRAINING");
        assertThat(training.get("name")).isEqualTo("Safety refresher");
        assertThat((List<?>) training.get("agentIds")).hasSize(8);
        assertThat(training.get("sessions")).isEqualTo(2);
        assertThat(training.get("lengthMinutes")).isEqualTo(90);
        // Moved with the weeks: the tests pin the first Monday to the files' own.
        assertThat(training.get("validFrom")).isEqualTo("2026-11-30");
        assertThat(training.get("validUntil")).isEqualTo("2026-12-27");
    }

    @ParameterizedTest
    @CsvSource({"s1, S1", "s4, S4"})
    void sampleSupervisorsSignInWithTheirOwnName(String username, String supervisorId) {
        as(username)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("supervisor"))
                .body("supervisorId", equalTo(supervisorId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A001", "A075", "A150"})
    void sampleAgentsSignInWithTheirIdAndPasswordAgent(String agentId) {
        as(agentId)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(agentId))
                .body("role", equalTo("agent"))
                .body("agentId", equalTo(agentId));
    }

    @Test
    void aPersonalDayFallsOnTheSecondWeeksThursdayInTheAgentsOwnZone() {
        List<Map<String, Object>> timeOff = as("planner")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id ==~ /A\\d{3}/ }.timeOff.flatten()");

        assertThat(timeOff)
                .isNotEmpty()
                .allSatisfy(t -> assertThat((String) t.get("start")).startsWith("2026-12-10T0"));
    }

    /**
     * Every open interval of the eight weeks before the first, and none before them: retail VOICE is open 08:00–22:00
     * every day, CHAT 08:00–24:00, telecom 07:00–21:00 and 09:00–18:00 on Sunday, the bank 06:00–20:00 on weekdays
     * and 08:00–17:00 on Saturday.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "retail,  VOICE, America/New_York,    196",
        "retail,  CHAT,  America/New_York,    224",
        "telecom, VOICE, America/Chicago,     186",
        "bank,    VOICE, America/Los_Angeles, 158"
    })
    void eachChannelHasEightWeeksOfActualsBeforeTheFirstWeek(
            String clientId, String channel, String zone, int intervalsAWeek) {
        ZoneId clientZone = ZoneId.of(zone);
        List<Map<String, Object>> history = actuals(
                clientId,
                channel,
                midnight(FIRST_MONDAY.minusWeeks(9), clientZone),
                midnight(FIRST_MONDAY, clientZone));

        assertThat(history).hasSize(8 * intervalsAWeek);
        assertThat(Instant.parse((String) history.get(0).get("start"))
                        .atZone(clientZone)
                        .toLocalDate())
                .isEqualTo("2026-10-05");
        assertThat(history).allSatisfy(i -> {
            double contacts = ((Number) i.get("contacts")).doubleValue();
            assertThat(((Number) i.get("abandoned")).doubleValue() + ((Number) i.get("answeredInTarget")).doubleValue())
                    .isLessThanOrEqualTo(contacts);
            assertThat(i.get("ahtSeconds") == null).isEqualTo(contacts == 0);
        });
    }

    /**
     * The first week's actuals stop at the service's clock (the tests run on real time): every interval of it that has
     * begun, which are the forecast's intervals up to now, and nothing later in any channel.
     */
    @Test
    void actualsStopAtTheServicesNow() {
        Instant now = clock.instant();
        for (String channel : CHANNELS) {
            String[] key = channel.split(" ");
            List<Instant> starts = actuals(
                            key[0],
                            key[1],
                            FIRST_MONDAY.minusWeeks(10).atStartOfDay(ZoneOffset.UTC),
                            FIRST_MONDAY.plusWeeks(5).atStartOfDay(ZoneOffset.UTC))
                    .stream()
                    .map(i -> Instant.parse((String) i.get("start")))
                    .toList();
            assertThat(starts).as(channel).allSatisfy(start -> assertThat(start).isBeforeOrEqualTo(now));
        }
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant firstWeek = midnight(FIRST_MONDAY, newYork);
        Instant secondWeek = midnight(FIRST_MONDAY.plusWeeks(1), newYork);
        long begunInTheForecast = as("planner")
                .queryParams(
                        "clientId",
                        "retail",
                        "channel",
                        "VOICE",
                        "from",
                        firstWeek.toString(),
                        "to",
                        secondWeek.toString())
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals.start", String.class)
                .stream()
                .filter(start -> !Instant.parse(start).isAfter(now))
                .count();
        assertThat(actuals("retail", "VOICE", firstWeek, secondWeek)).hasSize((int) begunInTheForecast);
    }

    @Test
    void theRetailersPastAndComingSaleDaysAreOneEventWhoseUpliftIsLearned() {
        List<Map<String, Object>> marks = as("planner")
                .queryParams("clientId", "retail", "from", "2026-09-01", "to", "2027-03-01")
                .get("/api/v1/forecasts/special-days")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");

        assertThat(marks)
                .extracting(m -> m.get("date"), m -> m.get("kind"), m -> m.get("name"), m -> m.get("uplift"))
                .containsExactly(
                        tuple("2026-11-04", "EVENT", "flash sale", null),
                        tuple("2026-12-09", "EVENT", "flash sale", null));
        // The past sale shows in the actuals: about three times the Wednesday before it.
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate pastSale = LocalDate.parse("2026-11-04");
        assertThat(actualContacts(pastSale, newYork))
                .isBetween(
                        2.5 * actualContacts(pastSale.minusWeeks(1), newYork),
                        3.5 * actualContacts(pastSale.minusWeeks(1), newYork));
    }

    /**
     * What the demo is for: the coming week generated from history, its sale Wednesday lifted by what the past sale
     * taught. Generating stores a version over the uploaded forecast, so the test puts the uploaded curve back
     * afterwards: the other tests expect the coming sale at about 5,000 calls.
     */
    @Test
    void theComingWeekGeneratedFromHistoryLiftsTheSaleDayByTheLearnedUplift() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        LocalDate comingMonday = FIRST_MONDAY.plusWeeks(1);
        String uploaded = forecastCsv(midnight(comingMonday, newYork), midnight(comingMonday.plusWeeks(1), newYork));
        try {
            JsonPath answer = as("forecaster")
                    .body(Map.of("clientId", "retail", "channel", "VOICE", "from", comingMonday.toString(), "weeks", 1))
                    .post("/api/v1/forecasts/generate")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();

            assertThat(answer.getString("method")).isEqualTo("auto");
            // Other tests store retail actuals of their own, earlier in 2026, so only the end of the history is fixed.
            assertThat(answer.getString("history.lastDay")).isEqualTo("2026-12-06");
            assertThat(answer.getList("history.leftOut", String.class)).containsExactly("2026-11-04");
            assertThat(answer.getString("events[0].date")).isEqualTo("2026-12-09");
            assertThat(answer.getBoolean("events[0].learned")).isTrue();
            assertThat(answer.getDouble("events[0].uplift")).isGreaterThan(1.5).isBetween(2.5, 3.5);
            double saleDay = dailyContacts("2026-12-09T05:00:00Z", "2026-12-10T05:00:00Z");
            double weekBefore = dailyContacts("2026-12-02T05:00:00Z", "2026-12-03T05:00:00Z");
            assertThat(saleDay).as("the generated sale day").isBetween(2.0 * weekBefore, 4.0 * weekBefore);
        } finally {
            as("forecaster")
                    .contentType("text/csv")
                    .queryParam("note", "the uploaded coming week, back after a generation test")
                    .body(uploaded)
                    .post("/api/v1/forecasts")
                    .then()
                    .statusCode(201);
        }
        assertThat(dailyContacts("2026-12-09T05:00:00Z", "2026-12-10T05:00:00Z"))
                .isBetween(4_500.0, 5_500.0);
    }

    private static Instant midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static List<Map<String, Object>> actuals(String clientId, String channel, Object from, Object to) {
        return as("planner")
                .queryParams("clientId", clientId, "channel", channel, "from", from.toString(), "to", to.toString())
                .get("/api/v1/actuals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals");
    }

    private static double actualContacts(LocalDate day, ZoneId zone) {
        return actuals("retail", "VOICE", midnight(day, zone), midnight(day.plusDays(1), zone)).stream()
                .mapToDouble(i -> ((Number) i.get("contacts")).doubleValue())
                .sum();
    }

    /** The effective retail VOICE curve as an upload would carry it, numbers exactly as stored. */
    private static String forecastCsv(Instant from, Instant to) throws Exception {
        String body = as("planner")
                .queryParams("clientId", "retail", "channel", "VOICE", "from", from.toString(), "to", to.toString())
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        StringBuilder csv = new StringBuilder("client_id,channel,interval_start,contacts,aht_seconds\n");
        for (JsonNode interval : new ObjectMapper().readTree(body).get("intervals")) {
            csv.append("retail,VOICE,")
                    .append(interval.get("start").asText())
                    .append(',')
                    .append(interval.get("contacts").asText())
                    .append(',')
                    .append(interval.get("ahtSeconds").asText())
                    .append('\n');
        }
        return csv.toString();
    }

    private static double dailyContacts(String from, String to) {
        List<Float> contacts = as("planner")
                .queryParams("clientId", "retail", "channel", "VOICE", "from", from, "to", to)
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals.contacts", Float.class);
        return contacts.stream().mapToDouble(Float::doubleValue).sum();
    }
}

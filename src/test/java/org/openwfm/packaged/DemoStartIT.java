package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo is current whenever it starts: with the clock months ahead, the coming week has its forecast, its
 * Wednesday is the sale day, and once a planner publishes the week, agents find seats to claim on that day; the
 * actuals end at the clock, and the coming week can be generated from them.
 */
class DemoStartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Five months ahead, at noon: a date the sample files were never written for. */
    private static final Instant DEMO_NOW = Instant.now()
            .plus(150, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.DAYS)
            .plus(Duration.ofHours(17));

    @TempDir
    Path workDir;

    @Test
    void monthsFromNowTheComingWeekHasItsForecastAndClaimableSeatsOnTheSaleDay() throws Exception {
        LocalDate comingMonday = LocalDate.ofInstant(DEMO_NOW, NEW_YORK).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate saleDay = comingMonday.plusDays(2);
        // Tier 1 for agents without a record, so the seats a publish opens are claimable at once, not after 30 minutes.
        try (PackagedService demo = new PackagedService(
                workDir,
                "-Dopenwfm.demo=true",
                "-Dopenwfm.demo-now=" + DEMO_NOW,
                "-Dopenwfm.self-service.new-agent-tier=1")) {
            demo.start();

            assertThat(retailVoiceContacts(demo, comingMonday.plusDays(1)))
                    .as("Tuesday")
                    .isBetween(300.0, 1_200.0);
            assertThat(retailVoiceContacts(demo, saleDay)).as("the sale day").isBetween(4_500.0, 5_500.0);
            assertThat(retailVoiceContacts(demo, comingMonday.plusWeeks(2).plusDays(6)))
                    .as("the fourth week's Sunday")
                    .isGreaterThan(100);

            long id = json(demo.send(
                                    "POST",
                                    "/api/v1/schedules",
                                    "planner",
                                    "application/json",
                                    "{\"weekStart\":\"" + comingMonday
                                            + "\",\"clientIds\":[\"retail\"],\"solveSeconds\":15}")
                            .body())
                    .get("id")
                    .asLong();
            awaitSolved(demo, id);
            assertThat(demo.send("POST", "/api/v1/schedules/" + id + "/publish", "planner", "application/json", "")
                            .statusCode())
                    .isEqualTo(200);

            List<Map<String, Object>> open = list(demo.send(
                            "GET",
                            "/api/v1/open-slots?weekStart=" + comingMonday + "&clientId=retail&channel=VOICE",
                            "planner",
                            null,
                            null)
                    .body());
            double all = open.stream()
                    .mapToDouble(s -> ((Number) s.get("openSeats")).doubleValue())
                    .sum();
            double onSaleDay = open.stream()
                    .filter(s -> localDate((String) s.get("start")).equals(saleDay))
                    .mapToDouble(s -> ((Number) s.get("openSeats")).doubleValue())
                    .sum();
            assertThat(onSaleDay).as("open seats on the sale day").isGreaterThan(0.6 * all);

            assertThat(claimFourHoursOnTheSaleDay(demo, comingMonday, saleDay))
                    .as("an agent claimed on the sale day")
                    .isNotNull();

            // What has happened: eight weeks of actuals before the current week and the current week up to the
            // clock (retail is open at DEMO_NOW, so its last actual starts then), enough to generate the coming week
            // with the sale's uplift learned from the past one. Last, as it replaces the sale day's forecast.
            LocalDate currentMonday = comingMonday.minusWeeks(1);
            List<Instant> happened = actualStarts(demo, currentMonday.minusWeeks(9), comingMonday);
            assertThat(LocalDate.ofInstant(happened.get(0), NEW_YORK)).isEqualTo(currentMonday.minusWeeks(8));
            assertThat(happened.get(happened.size() - 1)).isEqualTo(DEMO_NOW);
            var generated = demo.send(
                    "POST",
                    "/api/v1/forecasts/generate",
                    "forecaster",
                    "application/json",
                    "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"from\":\"" + comingMonday + "\",\"weeks\":1}");
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
            var event = json(generated.body()).get("events").get(0);
            assertThat(event.get("date").asText()).isEqualTo(saleDay.toString());
            assertThat(event.get("learned").asBoolean()).isTrue();
            assertThat(event.get("uplift").asDouble()).isGreaterThan(1.5);
        }
    }

    private static List<Instant> actualStarts(PackagedService demo, LocalDate from, LocalDate to) throws Exception {
        var series = json(demo.send(
                        "GET",
                        "/api/v1/actuals?clientId=retail&channel=VOICE&from="
                                + from.atStartOfDay(NEW_YORK).toInstant() + "&to="
                                + to.atStartOfDay(NEW_YORK).toInstant(),
                        "planner",
                        null,
                        null)
                .body());
        List<Instant> starts = new ArrayList<>();
        for (var interval : series.get("intervals")) {
            starts.add(Instant.parse(interval.get("start").asText()));
        }
        return starts;
    }

    /** The first sample agent offered four hours in a row on the sale day claims them; answers who, or null. */
    private static String claimFourHoursOnTheSaleDay(PackagedService demo, LocalDate week, LocalDate saleDay)
            throws Exception {
        for (int n = 1; n <= 150; n++) {
            String agent = String.format("A%03d", n);
            List<Instant> starts = new ArrayList<>();
            for (Map<String, Object> slot : list(demo.send(
                            "GET",
                            "/api/v1/agents/" + agent + "/open-slots?weekStart=" + week,
                            agent,
                            "agent",
                            null,
                            null)
                    .body())) {
                if (slot.get("clientId").equals("retail")
                        && slot.get("channel").equals("VOICE")
                        && localDate((String) slot.get("start")).equals(saleDay)) {
                    starts.add(Instant.parse((String) slot.get("start")));
                }
            }
            for (int i = 0; i + 7 < starts.size(); i++) {
                if (Duration.between(starts.get(i), starts.get(i + 7)).toMinutes() == 7 * 30) {
                    var claimed = demo.send(
                            "POST",
                            "/api/v1/agents/" + agent + "/claims",
                            agent,
                            "agent",
                            "application/json",
                            "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"start\":\"" + starts.get(i)
                                    + "\",\"end\":\"" + starts.get(i + 7).plusSeconds(1800) + "\"}");
                    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
                    return agent;
                }
            }
        }
        return null;
    }

    private static double retailVoiceContacts(PackagedService demo, LocalDate day) throws Exception {
        Instant from = day.atStartOfDay(NEW_YORK).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(NEW_YORK).toInstant();
        var curve = json(demo.send(
                        "GET",
                        "/api/v1/forecasts?clientId=retail&channel=VOICE&from=" + from + "&to=" + to,
                        "planner",
                        null,
                        null)
                .body());
        double sum = 0;
        for (var interval : curve.get("intervals")) {
            sum += interval.get("contacts").asDouble();
        }
        return sum;
    }

    private static void awaitSolved(PackagedService demo, long id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            String status = json(demo.send("GET", "/api/v1/schedules/" + id, "planner", null, null)
                            .body())
                    .get("status")
                    .asText();
            if (status.equals("SOLVED")) {
                return;
            }
            assertThat(status).isIn("QUEUED", "SOLVING");
            Thread.sleep(500);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static LocalDate localDate(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), NEW_YORK);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    private static List<Map<String, Object>> list(String body) throws Exception {
        return JSON.readValue(body, new TypeReference<>() {});
    }
}

package org.openwfm.support;

import static org.openwfm.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/** A desk open weekdays 08:00–16:00 UTC, with actuals for its past weeks, as a forecaster would upload them. */
public final class ActualsHistory {

    public static final String[] WEEKDAYS = {
        "MONDAY 08:00-16:00",
        "TUESDAY 08:00-16:00",
        "WEDNESDAY 08:00-16:00",
        "THURSDAY 08:00-16:00",
        "FRIDAY 08:00-16:00"
    };
    /** Half-hours from 08:00 to 16:00. */
    public static final int SLOTS = 16;

    private ActualsHistory() {}

    public static Desk desk(String clientId) {
        return Desk.open(clientId, 0, WEEKDAYS);
    }

    /**
     * Actuals on the weekdays of [first, end), every half-hour 08:00–16:00, {@code contacts(date, slot)} contacts at
     * {@code aht} seconds.
     */
    public static void upload(
            String clientId, LocalDate first, LocalDate end, ToDoubleBiFunction<LocalDate, Integer> contacts, int aht) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LocalDate date = first; date.isBefore(end); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int slot = 0; slot < SLOTS; slot++) {
                rows.add(Map.of(
                        "start", start(date, slot).toString(),
                        "contacts", contacts.applyAsDouble(date, slot),
                        "ahtSeconds", aht));
            }
        }
        as("forecaster")
                .body(Map.of("clientId", clientId, "channel", "VOICE", "intervals", rows))
                .post("/api/v1/actuals")
                .then()
                .statusCode(201);
    }

    public static Instant start(LocalDate date, int slot) {
        return date.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(1800L * slot);
    }

    public static JsonPath generate(String clientId, String from, int weeks, String method, int status) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("clientId", clientId, "channel", "VOICE", "from", from, "weeks", weeks));
        if (method != null) {
            body.put("method", method);
        }
        return as("forecaster")
                .body(body)
                .post("/api/v1/forecasts/generate")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** The effective curve's contacts from {@code date} 08:00 for a day's slots. */
    public static List<Float> curve(String clientId, LocalDate date) {
        return as("planner")
                .queryParam("clientId", clientId)
                .queryParam("channel", "VOICE")
                .queryParam("from", start(date, 0).toString())
                .queryParam("to", start(date, SLOTS).toString())
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals.contacts", Float.class);
    }

    public static void mark(String clientId, String date, String kind, String name, Double uplift) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("clientId", clientId, "date", date, "kind", kind));
        if (name != null) {
            body.put("name", name);
        }
        if (uplift != null) {
            body.put("uplift", uplift);
        }
        as("forecaster")
                .body(body)
                .post("/api/v1/forecasts/special-days")
                .then()
                .statusCode(201);
    }
}

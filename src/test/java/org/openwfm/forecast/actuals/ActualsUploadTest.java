package org.openwfm.forecast.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/** Actuals go in as CSV or JSON, with or without the optional counts, and come back as stored. */
@QuarkusTest
class ActualsUploadTest {

    static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds\n";

    @Test
    void csvWithTheOptionalColumnsRoundTripsEveryValue() {
        String csv = "client_id,channel,interval_start,contacts,aht_seconds,abandoned,answered_in_target\n"
                + "retail,VOICE,2026-03-02T13:00:00Z,42,310,3,30\n"
                + "retail,VOICE,2026-03-02T13:30:00Z,57.5,298.25,0,57.5\n"
                + "retail,CHAT,2026-03-02T13:00:00Z,12,420,1,9\n";

        JsonPath created = uploadCsv(csv, null)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/actuals/uploads/"))
                .body("rowCount", equalTo(3))
                .body("replacedCount", equalTo(0))
                .body("uploadedBy", equalTo("forecaster"))
                .body("spanStart", equalTo("2026-03-02T13:00:00Z"))
                .body("spanEnd", equalTo("2026-03-02T14:00:00Z"))
                .extract()
                .jsonPath();

        JsonPath voice = series("retail", "VOICE", "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
        assertThat(voice.getList("intervals.start", String.class))
                .containsExactly("2026-03-02T13:00:00Z", "2026-03-02T13:30:00Z");
        assertThat(voice.getList("intervals.contacts", Double.class)).containsExactly(42.0, 57.5);
        assertThat(voice.getList("intervals.ahtSeconds", Double.class)).containsExactly(310.0, 298.25);
        assertThat(voice.getList("intervals.abandoned", Double.class)).containsExactly(3.0, 0.0);
        assertThat(voice.getList("intervals.answeredInTarget", Double.class)).containsExactly(30.0, 57.5);
        assertThat(voice.getList("intervals.uploadId", Long.class)).containsOnly(created.getLong("id"));
        JsonPath chat = series("retail", "CHAT", "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z");
        assertThat(chat.getList("intervals.contacts", Double.class)).containsExactly(12.0);
        assertThat(chat.getList("intervals.answeredInTarget", Double.class)).containsExactly(9.0);
    }

    @Test
    void withoutTheOptionalColumnsTheCountsAreUnknownAndAQuietIntervalHasNoHandleTime() {
        uploadCsv(HEADER + "bank,VOICE,2026-03-03T14:00:00Z,8,240\nbank,VOICE,2026-03-03T14:30:00Z,0,0\n", null)
                .then()
                .statusCode(201)
                .body("rowCount", equalTo(2));

        as("planner")
                .queryParams(
                        "clientId",
                        "bank",
                        "channel",
                        "VOICE",
                        "from",
                        "2026-03-03T00:00:00Z",
                        "to",
                        "2026-03-04T00:00:00Z")
                .get("/api/v1/actuals")
                .then()
                .statusCode(200)
                .body("intervals[0].contacts", equalTo(8.0f))
                .body("intervals[0].ahtSeconds", equalTo(240.0f))
                .body("intervals[0].abandoned", nullValue())
                .body("intervals[0].answeredInTarget", nullValue())
                .body("intervals[1].contacts", equalTo(0.0f))
                .body("intervals[1].ahtSeconds", nullValue());
    }

    @Test
    void jsonFormTakesTheCountsWhereGivenAndLeavesThemUnknownElsewhere() {
        Map<String, Object> counted = Map.of(
                "start",
                "2026-03-04T15:00:00Z",
                "contacts",
                20,
                "ahtSeconds",
                200,
                "abandoned",
                2,
                "answeredInTarget",
                15);
        Map<String, Object> plain = Map.of("start", "2026-03-04T10:30:00-05:00", "contacts", 11.5, "ahtSeconds", 250);

        as("forecaster")
                .body(Map.of(
                        "clientId",
                        "telecom",
                        "channel",
                        "VOICE",
                        "note",
                        "json form",
                        "intervals",
                        List.of(counted, plain)))
                .post("/api/v1/actuals")
                .then()
                .statusCode(201)
                .body("rowCount", equalTo(2))
                .body("note", equalTo("json form"));

        JsonPath series = series("telecom", "VOICE", "2026-03-04T00:00:00Z", "2026-03-05T00:00:00Z");
        assertThat(series.getList("intervals.start", String.class))
                .containsExactly("2026-03-04T15:00:00Z", "2026-03-04T15:30:00Z");
        assertThat(series.getList("intervals.contacts", Double.class)).containsExactly(20.0, 11.5);
        assertThat(series.getList("intervals.abandoned", Double.class)).containsExactly(2.0, null);
        assertThat(series.getList("intervals.answeredInTarget", Double.class)).containsExactly(15.0, null);
    }

    @Test
    void aNewerUploadReplacesTheIntervalsItCoversAndTheAuditKeepsBoth() {
        String secondForecaster = "actuals-forecaster-2";
        as("admin")
                .body(Map.of("password", Api.TEST_USER_PASSWORD, "role", "forecaster"))
                .put("/api/v1/users/" + secondForecaster)
                .then()
                .statusCode(200);
        long first = uploadCsv(
                        HEADER
                                + "retail,VOICE,2026-03-05T13:00:00Z,100,300\nretail,VOICE,2026-03-05T13:30:00Z,90,300\n",
                        null)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        long second = as(secondForecaster)
                .contentType("text/csv")
                .queryParam("note", "late calls counted")
                .body(HEADER + "retail,VOICE,2026-03-05T13:30:00Z,95,310\nretail,VOICE,2026-03-05T14:00:00Z,70,320\n")
                .post("/api/v1/actuals")
                .then()
                .statusCode(201)
                .body("rowCount", equalTo(2))
                .body("replacedCount", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("id");

        JsonPath series = series("retail", "VOICE", "2026-03-05T13:00:00Z", "2026-03-05T14:30:00Z");
        assertThat(series.getList("intervals.contacts", Double.class)).containsExactly(100.0, 95.0, 70.0);
        assertThat(series.getList("intervals.uploadId", Long.class)).containsExactly(first, second, second);
        JsonPath uploads = as("planner")
                .get("/api/v1/actuals/uploads?limit=2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(uploads.getList("id", Long.class)).containsExactly(second, first);
        assertThat(uploads.getList("uploadedBy", String.class)).containsExactly(secondForecaster, "forecaster");
        assertThat(uploads.getList("replacedCount", Integer.class)).containsExactly(1, 0);
        assertThat(uploads.getList("rowCount", Integer.class)).containsExactly(2, 2);
        assertThat(uploads.getList("note", String.class)).containsExactly("late calls counted", null);
        as("forecaster")
                .get("/api/v1/actuals/uploads/" + second)
                .then()
                .statusCode(200)
                .body("uploadedBy", equalTo(secondForecaster))
                .body("spanStart", equalTo("2026-03-05T13:30:00Z"))
                .body("spanEnd", equalTo("2026-03-05T14:30:00Z"));
    }

    @Test
    void aClientWithActualsCannotBeDeleted() {
        as("planner")
                .body(Api.clientWithVoice("actuals-kept"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        uploadCsv(HEADER + "actuals-kept,VOICE,2026-03-09T13:00:00Z,4,200\n", null)
                .then()
                .statusCode(201);

        as("planner")
                .delete("/api/v1/clients/actuals-kept")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("Cannot delete client 'actuals-kept': 0 agent certification(s), 0 forecast interval(s)"
                                + " and 1 actual interval(s) refer to it"));
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstAnswerAndStoresOnce() {
        String csv = HEADER + "retail,CHAT,2026-03-06T15:00:00Z,5,300\n";
        int uploadsBefore = uploadCount();

        long first = uploadCsv(csv, "actuals-2026-03-06")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long again = uploadCsv(csv, "actuals-2026-03-06")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .jsonPath()
                .getLong("id");

        assertThat(again).isEqualTo(first);
        assertThat(uploadCount()).isEqualTo(uploadsBefore + 1);
    }

    @Test
    void theReadNamesAMissingUnknownOrOutOfBoundsParameter() {
        Map<String, String> good = Map.of(
                "clientId", "retail", "channel", "VOICE", "from", "2026-01-01T00:00:00Z", "to", "2027-02-05T00:00:00Z");

        as("planner").queryParams(good).get("/api/v1/actuals").then().statusCode(200);
        assertRefused(with(good, "to", "2027-02-06T00:00:01Z"), "to", "a query spans at most 400 days");
        assertRefused(with(good, "to", "2026-01-01T00:00:00Z"), "to", "must be after from");
        assertRefused(with(good, "from", "2026-01-01T00:00:00"), "from", null);
        assertRefused(with(good, "clientId", ""), "clientId", "is required");
        assertRefused(with(good, "clientId", "nobody"), "clientId", "no client 'nobody'");
        assertRefused(with(good, "channel", "FAX"), "channel", null);
        assertRefused(
                with(with(good, "clientId", "bank"), "channel", "CHAT"),
                "channel",
                "client 'bank' has no CHAT channel");
        as("planner")
                .get("/api/v1/actuals/uploads/latest")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("uploadId"));
        as("planner").get("/api/v1/actuals/uploads/999999").then().statusCode(404);
    }

    private static void assertRefused(Map<String, String> params, String field, String message) {
        var answer = as("forecaster")
                .queryParams(params)
                .get("/api/v1/actuals")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
        if (message != null) {
            answer.body("errors[0].message", equalTo(message));
        }
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> changed = new HashMap<>(params);
        changed.put(name, value);
        return changed;
    }

    static io.restassured.response.Response uploadCsv(String csv, String idempotencyKey) {
        var request = as("forecaster").contentType("text/csv").body(csv);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/actuals");
    }

    static JsonPath series(String clientId, String channel, String from, String to) {
        return as("forecaster")
                .queryParams("clientId", clientId, "channel", channel, "from", from, "to", to)
                .get("/api/v1/actuals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** All uploads stored, not just the first page of the list. */
    static int uploadCount() {
        return Integer.parseInt(as("forecaster")
                .get("/api/v1/actuals/uploads")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Total-Count"));
    }
}

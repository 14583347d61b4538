package org.openwfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastUploadTest {

    static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds\n";

    @Test
    void csvRoundTripsTheSameNumbers() {
        String csv = HEADER
                + "retail,VOICE,2027-01-04T13:00:00Z,42,310\n"
                + "retail,VOICE,2027-01-04T13:30:00Z,57.5,298.25\n"
                + "retail,CHAT,2027-01-04T13:00:00Z,12,420\n";

        JsonPath created = uploadCsv(csv)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/forecasts/versions/"))
                .body("rowCount", equalTo(3))
                .body("spanStart", equalTo("2027-01-04T13:00:00Z"))
                .body("spanEnd", equalTo("2027-01-04T14:00:00Z"))
                .extract()
                .jsonPath();

        JsonPath curve = curve("retail", "VOICE", "2027-01-04T00:00:00Z", "2027-01-05T00:00:00Z");
        assertThat(curve.getList("intervals.start", String.class))
                .containsExactly("2027-01-04T13:00:00Z", "2027-01-04T13:30:00Z");
        assertThat(curve.getList("intervals.contacts", Double.class)).containsExactly(42.0, 57.5);
        assertThat(curve.getList("intervals.ahtSeconds", Double.class)).containsExactly(310.0, 298.25);
        assertThat(curve.getList("intervals.forecastId", Long.class)).containsOnly(created.getLong("id"));
        JsonPath chat = curve("retail", "CHAT", "2027-01-04T00:00:00Z", "2027-01-05T00:00:00Z");
        assertThat(chat.getList("intervals.start", String.class)).containsExactly("2027-01-04T13:00:00Z");
        assertThat(chat.getList("intervals.contacts", Double.class)).containsExactly(12.0);
        assertThat(chat.getList("intervals.ahtSeconds", Double.class)).containsExactly(420.0);
    }

    @Test
    void jsonFormRoundTripsTheSameNumbers() {
        Map<String, Object> upload = Map.of(
                "clientId",
                "bank",
                "channel",
                "VOICE",
                "note",
                "json form",
                "intervals",
                List.of(
                        Map.of("start", "2027-01-05T14:00:00Z", "contacts", 8, "ahtSeconds", 240),
                        Map.of("start", "2027-01-05T09:30:00-05:00", "contacts", 11.5, "ahtSeconds", 250)));

        as("forecaster")
                .body(upload)
                .post("/api/v1/forecasts")
                .then()
                .statusCode(201)
                .body("rowCount", equalTo(2))
                .body("note", equalTo("json form"));

        JsonPath curve = curve("bank", "VOICE", "2027-01-05T00:00:00Z", "2027-01-06T00:00:00Z");
        assertThat(curve.getList("intervals.start", String.class))
                .containsExactly("2027-01-05T14:00:00Z", "2027-01-05T14:30:00Z");
        assertThat(curve.getList("intervals.contacts", Double.class)).containsExactly(8.0, 11.5);
    }

    @Test
    void newestVersionWinsWhereItHasARowAndOlderRowsShowElsewhere() {
        uploadCsv(HEADER + "telecom,VOICE,2027-01-06T15:00:00Z,100,400\ntelecom,VOICE,2027-01-06T15:30:00Z,90,400\n")
                .then()
                .statusCode(201);
        long revision = uploadCsv(HEADER + "telecom,VOICE,2027-01-06T15:30:00Z,300,420\n")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        JsonPath curve = curve("telecom", "VOICE", "2027-01-06T15:00:00Z", "2027-01-06T16:00:00Z");
        assertThat(curve.getList("intervals.contacts", Double.class)).containsExactly(100.0, 300.0);
        assertThat(curve.getLong("intervals[1].forecastId")).isEqualTo(revision);

        JsonPath onlyRevision = as("forecaster")
                .queryParams(
                        "clientId",
                        "telecom",
                        "channel",
                        "VOICE",
                        "from",
                        "2027-01-06T15:00:00Z",
                        "to",
                        "2027-01-06T16:00:00Z",
                        "forecastId",
                        revision)
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(onlyRevision.getList("intervals.contacts", Double.class)).containsExactly(300.0);
    }

    @Test
    void sameIdempotencyKeyReturnsTheFirstAnswerAndStoresOnce() {
        String csv = HEADER + "retail,VOICE,2027-01-07T15:00:00Z,5,300\n";
        int versionsBefore = versionCount();

        long first = uploadCsv(csv, "upload-2027-01-07")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long second = uploadCsv(csv, "upload-2027-01-07")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .jsonPath()
                .getLong("id");

        assertThat(second).isEqualTo(first);
        assertThat(versionCount()).isEqualTo(versionsBefore + 1);
        uploadCsv(HEADER + "retail,VOICE,2027-01-07T15:00:00Z,6,300\n", "upload-2027-01-07")
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo("Idempotency-Key 'upload-2027-01-07' was already used for a different request"));
    }

    @Test
    void versionListShowsWhoUploadedWhatSpan() {
        long id = uploadCsv(HEADER + "bank,VOICE,2027-01-08T16:00:00Z,3,200\n")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        as("planner")
                .get("/api/v1/forecasts/versions")
                .then()
                .statusCode(200)
                .body("[0].id", equalTo((int) id))
                .body("[0].uploadedBy", equalTo("forecaster"))
                .body("[0].spanEnd", equalTo("2027-01-08T16:30:00Z"));
        as("planner")
                .get("/api/v1/forecasts/versions/" + id)
                .then()
                .statusCode(200)
                .body("uploadedBy", equalTo("forecaster"))
                .body("spanStart", equalTo("2027-01-08T16:00:00Z"))
                .body("spanEnd", equalTo("2027-01-08T16:30:00Z"))
                .body("series", hasSize(1))
                .body("series[0].clientId", equalTo("bank"))
                .body("series[0].rows", equalTo(1));
    }

    @Test
    void aRefusedUploadLeavesItsIdempotencyKeyFreeForTheCorrectedFile() {
        uploadCsv(HEADER + "retail,VOICE,2027-01-09T15:00:00Z,-5,300\n", "upload-2027-01-09")
                .then()
                .statusCode(400);

        uploadCsv(HEADER + "retail,VOICE,2027-01-09T15:00:00Z,5,300\n", "upload-2027-01-09")
                .then()
                .statusCode(201);
        assertThat(curve("retail", "VOICE", "2027-01-09T00:00:00Z", "2027-01-10T00:00:00Z")
                        .getList("intervals.contacts", Double.class))
                .containsExactly(5.0);
    }

    @Test
    void refusesALongNoteANonNumericVersionIdAndAFarFutureInstant() {
        as("forecaster")
                .contentType("text/csv")
                .queryParam("note", "n".repeat(501))
                .body(HEADER + "retail,VOICE,2027-01-10T15:00:00Z,5,300\n")
                .post("/api/v1/forecasts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        as("forecaster")
                .get("/api/v1/forecasts/versions/latest")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("forecastId"));
        uploadCsv(HEADER + "retail,VOICE,+300000-01-01T00:00:00Z,5,300\n")
                .then()
                .statusCode(400)
                .body("errors[0].column", equalTo("interval_start"));
    }

    static io.restassured.response.Response uploadCsv(String csv) {
        return uploadCsv(csv, null);
    }

    static io.restassured.response.Response uploadCsv(String csv, String idempotencyKey) {
        var request = as("forecaster").contentType("text/csv").body(csv);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/forecasts");
    }

    static JsonPath curve(String clientId, String channel, String from, String to) {
        return as("forecaster")
                .queryParams("clientId", clientId, "channel", channel, "from", from, "to", to)
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** All versions stored, not just the first page of the list. */
    static int versionCount() {
        return Integer.parseInt(as("forecaster")
                .get("/api/v1/forecasts/versions")
                .then()
                .statusCode(200)
                .extract()
                .header("X-Total-Count"));
    }
}

package org.openwfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.forecast.ForecastUploadTest.HEADER;
import static org.openwfm.forecast.ForecastUploadTest.curve;
import static org.openwfm.forecast.ForecastUploadTest.uploadCsv;
import static org.openwfm.forecast.ForecastUploadTest.versionCount;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad forecast is refused with its line numbers, and nothing of it is stored. */
@QuarkusTest
class ForecastRejectionTest {

    /** A good row on a day no other test uses: if anything were stored, it would show up here. */
    static final String GOOD = "retail,VOICE,2027-02-01T13:00:00Z,10,300\n";

    record Expected(int line, String column) {}

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        "wrong header",
                        "client,channel,interval_start,contacts,aht\n" + GOOD,
                        List.of(new Expected(1, "client"), new Expected(1, "aht"))),
                Arguments.of(
                        "missing field",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:30:00Z,10\n",
                        List.of(new Expected(3, null))),
                Arguments.of(
                        "non-numeric contacts",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:30:00Z,ten,300\n",
                        List.of(new Expected(3, "contacts"))),
                Arguments.of(
                        "negative contacts",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:30:00Z,-1,300\n",
                        List.of(new Expected(3, "contacts"))),
                Arguments.of(
                        "AHT zero and above 7200",
                        HEADER + "retail,VOICE,2027-02-01T13:30:00Z,1,0\n" + GOOD
                                + "retail,VOICE,2027-02-01T14:00:00Z,1,7201\n",
                        List.of(new Expected(2, "aht_seconds"), new Expected(4, "aht_seconds"))),
                Arguments.of(
                        "off-grain timestamp",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:10:00Z,1,300\n",
                        List.of(new Expected(3, "interval_start"))),
                Arguments.of(
                        "timestamp without offset",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:30:00,1,300\n",
                        List.of(new Expected(3, "interval_start"))),
                Arguments.of(
                        "duplicate interval",
                        HEADER + GOOD + "retail,VOICE,2027-02-01T13:30:00Z,1,300\n" + GOOD,
                        List.of(new Expected(4, "interval_start"))),
                Arguments.of(
                        "unknown client",
                        HEADER + GOOD + "nobody,VOICE,2027-02-01T13:30:00Z,1,300\n",
                        List.of(new Expected(3, "client_id"))),
                Arguments.of(
                        "channel the client lacks",
                        HEADER + GOOD + "bank,CHAT,2027-02-01T13:30:00Z,1,300\n",
                        List.of(new Expected(3, "channel"))),
                Arguments.of(
                        "unknown channel",
                        HEADER + GOOD + "retail,FAX,2027-02-01T13:30:00Z,1,300\n",
                        List.of(new Expected(3, "channel"))),
                Arguments.of("empty file", "", List.of(new Expected(1, null))),
                Arguments.of("header only", HEADER, List.of(new Expected(1, null))),
                Arguments.of(
                        "quote never closed",
                        HEADER + GOOD + "retail,VOICE,\"2027-02-01T13:30:00Z,1,300\n",
                        List.of(new Expected(3, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesWithLineNumbersAndStoresNothing(String name, String csv, List<Expected> expected) {
        int versionsBefore = versionCount();

        JsonPath problem = uploadCsv(csv)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .extract()
                .jsonPath();

        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors)
                .extracting(e -> new Expected((Integer) e.get("line"), (String) e.get("column")))
                .containsExactlyElementsOf(expected);
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
        assertNothingStored(versionsBefore);
    }

    @org.junit.jupiter.api.Test
    void refusesAFileOverTheSizeLimitWith413() {
        int versionsBefore = versionCount();
        StringBuilder csv = new StringBuilder(HEADER);
        while (csv.length() <= 1_048_576) {
            csv.append(GOOD);
        }

        uploadCsv(csv.toString())
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("A forecast upload may be at most 1048576 bytes"));
        assertNothingStored(versionsBefore);
    }

    @org.junit.jupiter.api.Test
    void refusesBadJsonIntervalsWithTheirPaths() {
        int versionsBefore = versionCount();
        Map<String, Object> upload = Map.of(
                "clientId",
                "retail",
                "channel",
                "VOICE",
                "intervals",
                List.of(
                        Map.of("start", "2027-02-01T13:00:00Z", "contacts", 5, "ahtSeconds", 300),
                        Map.of("start", "2027-02-01T13:30:00", "contacts", -2, "ahtSeconds", 300)));

        JsonPath problem = as("forecaster")
                .body(upload)
                .post("/api/v1/forecasts")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();

        assertThat(problem.getList("errors.field", String.class))
                .containsExactly("intervals[1].start", "intervals[1].contacts");
        assertNothingStored(versionsBefore);
    }

    private static void assertNothingStored(int versionsBefore) {
        assertThat(versionCount()).isEqualTo(versionsBefore);
        assertThat(curve("retail", "VOICE", "2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z")
                        .getList("intervals"))
                .isEmpty();
    }
}

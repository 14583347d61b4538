package org.openwfm.forecast.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.forecast.actuals.ActualsUploadTest.HEADER;
import static org.openwfm.forecast.actuals.ActualsUploadTest.series;
import static org.openwfm.forecast.actuals.ActualsUploadTest.uploadCount;
import static org.openwfm.forecast.actuals.ActualsUploadTest.uploadCsv;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad actuals file is refused whole, with its line numbers, and nothing of it is stored. */
@QuarkusTest
class ActualsRejectionTest {

    /** A good row on a day no other test uses: if anything were stored, it would show up here. */
    static final String GOOD = "retail,VOICE,2026-02-02T13:00:00Z,10,300\n";

    static final String COUNTED =
            "client_id,channel,interval_start,contacts,aht_seconds,abandoned,answered_in_target\n";
    static final String COUNTED_GOOD = "retail,VOICE,2026-02-02T13:00:00Z,10,300,1,8\n";

    record Expected(int line, String column) {}

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        "an unknown column beside the optional ones",
                        "client_id,channel,interval_start,contacts,aht_seconds,abandoned,answered\n" + COUNTED_GOOD,
                        List.of(new Expected(1, "answered"))),
                Arguments.of(
                        "an optional column named twice",
                        "client_id,channel,interval_start,contacts,aht_seconds,abandoned,abandoned\n" + COUNTED_GOOD,
                        List.of(new Expected(1, "abandoned"))),
                Arguments.of(
                        "a required column missing",
                        "client_id,channel,interval_start,contacts,abandoned\nretail,VOICE,2026-02-02T13:00:00Z,10,1\n",
                        List.of(new Expected(1, "aht_seconds"))),
                Arguments.of(
                        "a row without its optional cells",
                        COUNTED + COUNTED_GOOD + "retail,VOICE,2026-02-02T13:30:00Z,10,300\n",
                        List.of(new Expected(3, null))),
                Arguments.of(
                        "counts that are not numbers",
                        COUNTED + COUNTED_GOOD + "retail,VOICE,2026-02-02T13:30:00Z,10,300,two,\n",
                        List.of(new Expected(3, "abandoned"), new Expected(3, "answered_in_target"))),
                Arguments.of(
                        "negative counts",
                        COUNTED + COUNTED_GOOD + "retail,VOICE,2026-02-02T13:30:00Z,10,300,-1,-2\n",
                        List.of(new Expected(3, "abandoned"), new Expected(3, "answered_in_target"))),
                Arguments.of(
                        "abandoned and answered in target beyond the contacts",
                        COUNTED + COUNTED_GOOD + "retail,VOICE,2026-02-02T13:30:00Z,10,300,3,8\n",
                        List.of(new Expected(3, "answered_in_target"))),
                Arguments.of(
                        "abandoned alone beyond the contacts",
                        "client_id,channel,interval_start,contacts,aht_seconds,abandoned\n"
                                + "retail,VOICE,2026-02-02T13:30:00Z,10,300,11\n",
                        List.of(new Expected(2, "abandoned"))),
                Arguments.of(
                        "no handle time where contacts came, a negative one where none did, one above 7200",
                        HEADER + "retail,VOICE,2026-02-02T13:30:00Z,4,0\n" + GOOD
                                + "retail,VOICE,2026-02-02T14:00:00Z,0,-1\n"
                                + "retail,VOICE,2026-02-02T14:30:00Z,1,7201\n",
                        List.of(
                                new Expected(2, "aht_seconds"),
                                new Expected(4, "aht_seconds"),
                                new Expected(5, "aht_seconds"))),
                Arguments.of(
                        "negative contacts",
                        HEADER + GOOD + "retail,VOICE,2026-02-02T13:30:00Z,-1,300\n",
                        List.of(new Expected(3, "contacts"))),
                Arguments.of(
                        "off-grain timestamp",
                        HEADER + GOOD + "retail,VOICE,2026-02-02T13:10:00Z,1,300\n",
                        List.of(new Expected(3, "interval_start"))),
                Arguments.of(
                        "duplicate interval",
                        HEADER + GOOD + "retail,VOICE,2026-02-02T13:30:00Z,1,300\n" + GOOD,
                        List.of(new Expected(4, "interval_start"))),
                Arguments.of(
                        "unknown client",
                        HEADER + GOOD + "nobody,VOICE,2026-02-02T13:30:00Z,1,300\n",
                        List.of(new Expected(3, "client_id"))),
                Arguments.of(
                        "channel the client lacks",
                        HEADER + GOOD + "bank,CHAT,2026-02-02T13:30:00Z,1,300\n",
                        List.of(new Expected(3, "channel"))),
                Arguments.of("empty file", "", List.of(new Expected(1, null))),
                Arguments.of("header only", COUNTED, List.of(new Expected(1, null))),
                Arguments.of(
                        "quote never closed",
                        HEADER + GOOD + "retail,VOICE,\"2026-02-02T13:30:00Z,1,300\n",
                        List.of(new Expected(3, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesWithLineNumbersAndStoresNothing(String name, String csv, List<Expected> expected) {
        int uploadsBefore = uploadCount();

        JsonPath problem = uploadCsv(csv, null)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Actuals refused"))
                .extract()
                .jsonPath();

        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors)
                .extracting(e -> new Expected((Integer) e.get("line"), (String) e.get("column")))
                .containsExactlyElementsOf(expected);
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
        assertNothingStored(uploadsBefore);
    }

    @Test
    void theMessagesSayWhatIsWrongWithTheCounts() {
        JsonPath problem = uploadCsv(
                        COUNTED + COUNTED_GOOD + "retail,VOICE,2026-02-02T13:30:00Z,10,300,3,8\n"
                                + "retail,VOICE,2026-02-02T14:00:00Z,5,0,0,5\n",
                        null)
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();

        assertThat(problem.getList("errors.message", String.class))
                .containsExactly(
                        "abandoned and answered_in_target together are 11.0, more than the 10.0 contacts",
                        "must be above 0 and at most 7200 (0 only where contacts is 0), was 0.0");
        assertThat(problem.getString("detail")).isEqualTo("2 problem(s) in 2 place(s); nothing was stored");
    }

    @Test
    void refusesAFileOverTheSizeLimitWith413() {
        int uploadsBefore = uploadCount();
        StringBuilder csv = new StringBuilder(HEADER);
        while (csv.length() <= 1_048_576) {
            csv.append(GOOD);
        }

        uploadCsv(csv.toString(), null)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("An actuals upload may be at most 1048576 bytes"));
        assertNothingStored(uploadsBefore);
    }

    @Test
    void refusesBadJsonIntervalsWithTheirPaths() {
        int uploadsBefore = uploadCount();
        Map<String, Object> upload = Map.of(
                "clientId",
                "retail",
                "channel",
                "VOICE",
                "intervals",
                List.of(
                        Map.of("start", "2026-02-02T13:00:00Z", "contacts", 5, "ahtSeconds", 300),
                        Map.of("start", "2026-02-02T13:30:00", "contacts", 5, "ahtSeconds", 300, "abandoned", -1),
                        Map.of(
                                "start",
                                "2026-02-02T14:00:00Z",
                                "contacts",
                                5,
                                "ahtSeconds",
                                300,
                                "answeredInTarget",
                                6)));

        JsonPath problem = as("forecaster")
                .body(upload)
                .post("/api/v1/actuals")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();

        assertThat(problem.getList("errors.field", String.class))
                .containsExactly("intervals[1].start", "intervals[1].abandoned", "intervals[2].answeredInTarget");
        assertNothingStored(uploadsBefore);
    }

    @Test
    void refusesALongNote() {
        as("forecaster")
                .contentType("text/csv")
                .queryParam("note", "n".repeat(501))
                .body(HEADER + GOOD)
                .post("/api/v1/actuals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
    }

    private static void assertNothingStored(int uploadsBefore) {
        assertThat(uploadCount()).isEqualTo(uploadsBefore);
        assertThat(series("retail", "VOICE", "2026-02-02T00:00:00Z", "2026-02-03T00:00:00Z")
                        .getList("intervals"))
                .isEmpty();
    }
}

package org.openwfm.staffing.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/**
 * A planner sets (SET) or moves (CHANGE) a client channel's requirement on a range of intervals: the newest
 * adjustment covering an interval decides it, a withdrawn one stops deciding, and the staffing view shows the
 * adjusted requirement beside the computed one.
 */
@QuarkusTest
class RequirementAdjustmentTest {

    static final String EIGHT = "2027-05-03T08:00:00Z";
    static final String NINE = "2027-05-03T09:00:00Z";
    static final String TEN = "2027-05-03T10:00:00Z";
    static final String ELEVEN = "2027-05-03T11:00:00Z";
    static final String TWELVE = "2027-05-03T12:00:00Z";
    static final String THIRTEEN = "2027-05-03T13:00:00Z";

    @Test
    void aSetFixesTheProductiveAgentsAndAChangeMovesTheComputedOnesNeverBelowZero() {
        Desk desk = Desk.open("adj-kinds", 24, MONDAY); // shrinkage 0.3 by default
        desk.forecast(EIGHT, 16, 40);
        int computed = intAt(week(desk), TEN, "required");

        long set = adjust(desk, EIGHT, NINE, "SET", 7, "back office");
        long up = adjust(desk, TEN, ELEVEN, "CHANGE", 3, null);
        adjust(desk, TWELVE, THIRTEEN, "CHANGE", -10_000, null);
        JsonPath week = week(desk);

        assertThat(computed).isGreaterThan(3);
        assertThat(intAt(week, EIGHT, "required")).isEqualTo(7);
        assertThat(intAt(week, EIGHT, "requiredWithShrinkage")).isEqualTo(10); // ceil(7 / 0.7)
        assertThat(((Number) at(week, EIGHT, "adjustment.id")).longValue()).isEqualTo(set);
        assertThat(at(week, EIGHT, "adjustment.kind")).isEqualTo("SET");
        assertThat(intAt(week, EIGHT, "adjustment.agents")).isEqualTo(7);
        // The same 40 calls every interval: the computed requirement is the one ten o'clock had before.
        assertThat(intAt(week, EIGHT, "computedRequired")).isEqualTo(computed);
        assertThat(intAt(week, EIGHT, "computedRequiredWithShrinkage"))
                .isEqualTo((int) Math.ceil(computed / 0.7 - 1e-9));

        assertThat(intAt(week, TEN, "required")).isEqualTo(computed + 3);
        assertThat(intAt(week, TEN, "requiredWithShrinkage")).isEqualTo((int) Math.ceil((computed + 3) / 0.7 - 1e-9));
        assertThat(intAt(week, TEN, "computedRequired")).isEqualTo(computed);
        assertThat(at(week, TEN, "adjustment.kind")).isEqualTo("CHANGE");
        assertThat(((Number) at(week, TEN, "adjustment.id")).longValue()).isEqualTo(up);

        assertThat(intAt(week, TWELVE, "required")).isZero();
        assertThat(intAt(week, TWELVE, "requiredWithShrinkage")).isZero();
        assertThat(intAt(week, TWELVE, "computedRequired")).isEqualTo(computed);

        assertThat(intAt(week, NINE, "required")).isEqualTo(computed);
        assertThat(intAt(week, NINE, "requiredWithShrinkage"))
                .isEqualTo(intAt(week, NINE, "computedRequiredWithShrinkage"));
        assertThat(at(week, NINE, "adjustment")).isNull();
    }

    @Test
    void theNewestAdjustmentCoveringAnIntervalWinsAndAWithdrawnOneStopsDeciding() {
        Desk desk = Desk.open("adj-newest", 24, MONDAY);
        desk.forecast(EIGHT, 16, 40);
        int computed = intAt(week(desk), NINE, "required");
        long wide = adjust(desk, EIGHT, TWELVE, "SET", 5, "the morning");
        long narrow = adjust(desk, TEN, ELEVEN, "SET", 9, "a mailing goes out");

        assertThat(requiredAt(desk, NINE, "2027-05-03T10:00:00Z", "2027-05-03T10:30:00Z", ELEVEN))
                .containsExactly(5, 9, 9, 5);

        long all = adjust(desk, EIGHT, TWELVE, "CHANGE", 1, null);
        assertThat(requiredAt(desk, NINE, TEN, ELEVEN)).containsExactly(computed + 1, computed + 1, computed + 1);

        JsonPath withdrawn = withdraw(all, 200);
        assertThat(withdrawn.getBoolean("withdrawn")).isTrue();
        assertThat(withdrawn.getString("withdrawnBy")).isEqualTo("planner");
        assertThat(requiredAt(desk, NINE, TEN, ELEVEN)).containsExactly(5, 9, 5);

        withdraw(narrow, 200);
        assertThat(requiredAt(desk, NINE, TEN, ELEVEN)).containsExactly(5, 5, 5);
        String firstWithdrawal = withdrawn.getString("withdrawnAt");
        assertThat(withdraw(all, 200).getString("withdrawnAt"))
                .as("withdrawing again changes nothing")
                .isEqualTo(firstWithdrawal);

        List<Map<String, Object>> listed = as("forecaster")
                .queryParams("clientId", desk.clientId, "channel", "VOICE", "from", EIGHT, "to", TWELVE)
                .get("/api/v1/staffing/adjustments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(listed).extracting(a -> ((Number) a.get("id")).longValue()).containsExactly(all, narrow, wide);
        assertThat(listed).extracting(a -> a.get("withdrawn")).containsExactly(true, true, false);
        assertThat(listed.get(2))
                .containsEntry("kind", "SET")
                .containsEntry("agents", 5)
                .containsEntry("note", "the morning")
                .containsEntry("createdBy", "planner")
                .containsEntry("withdrawnBy", null);
        assertThat(listed.get(2).get("createdAt")).isNotNull();
        assertThat(as("forecaster")
                        .get("/api/v1/staffing/adjustments/" + narrow)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("withdrawnBy"))
                .isEqualTo("planner");
    }

    @Test
    void aSetStaffsWorkNoForecastDescribesAndLeavesClosedIntervalsAtNobody() {
        Desk desk = Desk.open("adj-closed", 24, MONDAY);
        int computed = intAt(week(desk), EIGHT, "required");
        adjust(desk, "2027-05-03T07:00:00Z", NINE, "SET", 4, null);

        JsonPath week = week(desk);

        String closed = "2027-05-03T07:30:00Z";
        assertThat(at(week, closed, "open")).isEqualTo(false);
        assertThat(intAt(week, closed, "required")).isZero();
        assertThat(at(week, closed, "adjustment")).isNull();
        assertThat(intAt(week, EIGHT, "required")).isEqualTo(4);
        assertThat(computed).isNotEqualTo(4);
        assertThat(intAt(week, EIGHT, "computedRequired")).isEqualTo(computed);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOneAdjustment() {
        Desk desk = Desk.open("adj-retry", 24, MONDAY);
        Map<String, Object> body = request(desk, EIGHT, NINE, "SET", 3, null);

        long first = as("planner")
                .header("Idempotency-Key", "adj-retry-1")
                .body(body)
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long again = as("planner")
                .header("Idempotency-Key", "adj-retry-1")
                .body(body)
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .jsonPath()
                .getLong("id");

        assertThat(again).isEqualTo(first);
        assertThat(as("planner")
                        .queryParams("clientId", desk.clientId, "channel", "VOICE", "from", EIGHT, "to", NINE)
                        .get("/api/v1/staffing/adjustments")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .containsExactly(first);
    }

    @Test
    void aRangeWithNoOpenIntervalIsRefusedAndNothingIsStored() {
        Desk desk = Desk.open("adj-none-open", 24, MONDAY);

        JsonPath refusal = as("planner")
                .body(request(desk, "2027-05-03T16:00:00Z", "2027-05-03T20:00:00Z", "SET", 3, null))
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(refusal.getString("errors[0].rule")).isEqualTo("opening hours");
        assertThat(refusal.getString("errors[0].message"))
                .contains("closed on every interval")
                .contains("applies only where the channel is open");
        assertThat(as("planner")
                        .queryParams(
                                "clientId",
                                desk.clientId,
                                "channel",
                                "VOICE",
                                "from",
                                EIGHT,
                                "to",
                                "2027-05-04T00:00:00Z")
                        .get("/api/v1/staffing/adjustments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .isEmpty();
    }

    @Test
    void aRefusalNamesEveryBadFieldAtOnce() {
        Desk desk = Desk.open("adj-fields", 24, MONDAY);

        JsonPath refusal = as("planner")
                .body(request(desk, "2027-05-03T08:10:00Z", "2027-05-03T09:00:00", "CHANGE", 0, null))
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(refusal.getList("errors.field", String.class)).containsExactlyInAnyOrder("start", "end", "agents");
    }

    static long adjust(Desk desk, String start, String end, String kind, int agents, String note) {
        return as("planner")
                .body(request(desk, start, end, kind, agents, note))
                .post("/api/v1/staffing/adjustments")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/staffing/adjustments/\\d+"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static JsonPath withdraw(long id, int status) {
        return as("planner")
                .delete("/api/v1/staffing/adjustments/" + id)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> request(
            Desk desk, String start, String end, String kind, int agents, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", desk.clientId);
        body.put("channel", "VOICE");
        body.put("start", start);
        body.put("end", end);
        body.put("kind", kind);
        body.put("agents", agents);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    /** The desk's staffing week as a forecaster reads it. */
    static JsonPath week(Desk desk) {
        return as("forecaster")
                .queryParams("clientId", desk.clientId, "channel", "VOICE", "weekStart", WEEK)
                .get("/api/v1/staffing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A field of the interval starting at {@code start} ("required", "adjustment.id", ...). */
    static Object at(JsonPath week, String start, String field) {
        return week.get("intervals.find { it.start == '" + start + "' }." + field);
    }

    static int intAt(JsonPath week, String start, String field) {
        return ((Number) at(week, start, field)).intValue();
    }

    private static List<Integer> requiredAt(Desk desk, String... starts) {
        JsonPath week = week(desk);
        return Arrays.stream(starts)
                .map(start -> intAt(week, start, "required"))
                .toList();
    }
}

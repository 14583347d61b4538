package org.openwfm.forecast.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

@QuarkusTest
class SpecialDayTest {

    private static ValidatableResponse mark(Map<String, Object> fields) {
        return as("forecaster")
                .body(fields)
                .post("/api/v1/forecasts/special-days")
                .then();
    }

    private static Map<String, Object> day(String clientId, String date, String kind) {
        return new HashMap<>(Map.of("clientId", clientId, "date", date, "kind", kind));
    }

    private static List<Map<String, Object>> marks(String clientId) {
        return as("planner")
                .queryParam("clientId", clientId)
                .queryParam("from", "2027-01-01")
                .queryParam("to", "2028-01-01")
                .get("/api/v1/forecasts/special-days")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    @Test
    void marksAreListedByDateWithWhoMadeThem() {
        Desk.open("sd-list", 0);
        Map<String, Object> sale = day("sd-list", "2027-11-26", "EVENT");
        sale.put("name", "black friday");
        sale.put("uplift", 2.2);
        mark(sale).statusCode(201).header("Location", containsString("/api/v1/forecasts/special-days/"));
        mark(day("sd-list", "2027-07-05", "EXCLUDED")).statusCode(201);

        List<Map<String, Object>> marks = marks("sd-list");

        assertThat(marks).extracting(m -> m.get("date")).containsExactly("2027-07-05", "2027-11-26");
        assertThat(marks.get(1))
                .containsEntry("kind", "EVENT")
                .containsEntry("name", "black friday")
                .containsEntry("uplift", 2.2f)
                .containsEntry("createdBy", "forecaster");
    }

    @Test
    void anEventNeedsANameAndAnExcludedDayTakesNoUplift() {
        Desk.open("sd-rules", 0);
        mark(day("sd-rules", "2027-03-01", "EVENT")).statusCode(400).body("errors[0].field", equalTo("name"));
        Map<String, Object> excludedWithUplift = day("sd-rules", "2027-03-01", "EXCLUDED");
        excludedWithUplift.put("uplift", 1.2);
        mark(excludedWithUplift).statusCode(400).body("errors[0].field", equalTo("uplift"));
        Map<String, Object> hugeUplift = day("sd-rules", "2027-03-01", "EVENT");
        hugeUplift.put("name", "typo");
        hugeUplift.put("uplift", 120);
        mark(hugeUplift).statusCode(400).body("errors[0].field", equalTo("uplift"));

        assertThat(marks("sd-rules")).isEmpty();
    }

    @Test
    void aDateIsMarkedOnceUntilItsMarkIsRemoved() {
        Desk.open("sd-once", 0);
        int id = mark(day("sd-once", "2027-02-15", "EXCLUDED"))
                .statusCode(201)
                .extract()
                .path("id");
        mark(day("sd-once", "2027-02-15", "EXCLUDED"))
                .statusCode(409)
                .body("detail", containsString("already marked EXCLUDED (special day " + id + ")"));

        as("forecaster").delete("/api/v1/forecasts/special-days/" + id).then().statusCode(204);

        assertThat(marks("sd-once")).isEmpty();
        mark(day("sd-once", "2027-02-15", "EXCLUDED")).statusCode(201);
    }

    @Test
    void anUnknownClientIsNamed() {
        mark(day("sd-nobody", "2027-02-15", "EXCLUDED")).statusCode(400).body("errors[0].field", equalTo("clientId"));
    }
}

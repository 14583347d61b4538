package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** Malformed claims, releases and seat openings get a problem naming what is wrong, and write nothing. */
@QuarkusTest
class SelfServiceBadRequestsTest {

    @Test
    void badRequestsGetAProblemNamingWhatIsWrongAndWriteNothing() {
        Desk desk = Desk.open("ss-bad", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 1);
        String agent = desk.agent("SB1");
        String claims = "/api/v1/agents/SB1/claims";

        asAgent(agent)
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "PHONE",
                        "start",
                        "2027-05-03T08:00:00Z",
                        "end",
                        "2027-05-03T10:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        asAgent(agent)
                .body(Map.of("clientId", "ss-bad", "channel", "VOICE", "start", "2027-05-03T08:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
        asAgent(agent)
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T08:00:00",
                        "end",
                        "2027-05-03T10:00:00Z"))
                .post(claims)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        asAgent(agent)
                .body("{\"clientId\": \"ss-bad\", \"channel\": ")
                .post(claims)
                .then()
                .statusCode(400);
        asAgent(agent)
                .body(Map.of("shiftId", "first"))
                .post("/api/v1/agents/SB1/releases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shiftId"));
        asAgent(agent)
                .body(Map.of("shiftId", 987654321))
                .post("/api/v1/agents/SB1/releases")
                .then()
                .statusCode(404);
        for (Object seats : List.of(0, 501, "many")) {
            as("planner")
                    .body(Map.of(
                            "clientId",
                            "ss-bad",
                            "channel",
                            "VOICE",
                            "start",
                            "2027-05-03T08:00:00Z",
                            "end",
                            "2027-05-03T10:00:00Z",
                            "seats",
                            seats))
                    .post("/api/v1/open-slots")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("seats"));
        }
        as("planner")
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2020-01-06T08:00:00Z",
                        "end",
                        "2020-01-06T10:00:00Z",
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("start"));
        as("planner")
                .body(Map.of(
                        "clientId",
                        "ss-bad",
                        "channel",
                        "VOICE",
                        "start",
                        "2027-05-03T06:00:00Z",
                        "end",
                        "2027-05-03T09:00:00Z",
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("opening hours"))
                .body("errors[0].message", equalTo("ss-bad VOICE is closed at Mon 2027-05-03 06:00 (UTC)"));
        as("planner")
                .queryParam("weekStart", "2027-05-04")
                .get("/api/v1/open-slots")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("weekStart"));

        assertThat(desk.slots(WEEK))
                .hasSize(16)
                .allSatisfy((start, slot) ->
                        assertThat(slot).containsEntry("openSeats", 1).containsEntry("releasedSeats", 1));
        assertThat(asAgent(agent)
                        .get("/api/v1/agents/SB1/history")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$"))
                .isEmpty();
    }
}

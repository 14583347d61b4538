package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** An agent claims, releases and reads only as itself; a planner reads but does not claim for an agent. */
@QuarkusTest
class ActingAsOneselfTest {

    @Test
    void anAgentActsOnlyAsItselfAndSeesOnlyItsOwnShifts() {
        Desk desk = Desk.open("ss-self", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String one = desk.agent("SF1");
        String other = desk.agent("SF2");
        long shiftOfOne = desk.claim(one, "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", 201)
                .getLong("id");
        Map<String, Object> claim = Map.of(
                "clientId",
                "ss-self",
                "channel",
                "VOICE",
                "start",
                "2027-05-03T12:00:00Z",
                "end",
                "2027-05-03T14:00:00Z");

        asAgent(other)
                .body(claim)
                .post("/api/v1/agents/SF1/claims")
                .then()
                .statusCode(403)
                .body("detail", equalTo("An agent may only act as itself"));
        as("planner").body(claim).post("/api/v1/agents/SF1/claims").then().statusCode(403);
        asAgent(other)
                .body(Map.of("shiftId", shiftOfOne))
                .post("/api/v1/agents/SF1/releases")
                .then()
                .statusCode(403);
        asAgent(other)
                .body(Map.of("shiftId", shiftOfOne))
                .post("/api/v1/agents/SF2/releases")
                .then()
                .statusCode(404);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/SF1/open-slots")
                .then()
                .statusCode(403);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/SF1/schedule")
                .then()
                .statusCode(403);
        asAgent(other).get("/api/v1/agents/SF1/history").then().statusCode(403);
        asAgent(other).get("/api/v1/agents/SF1/reliability").then().statusCode(403);
        asAgent(other)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(403);
        as("planner").get("/api/v1/agents/SF1/history").then().statusCode(200).body("size()", equalTo(1));
        assertThat(desk.openSeats(WEEK, "2027-05-03T12:00:00Z")).isEqualTo(2);
    }
}

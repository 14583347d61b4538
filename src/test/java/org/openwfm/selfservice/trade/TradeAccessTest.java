package org.openwfm.selfservice.trade;

import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.selfservice.trade.TradeDesk.accept;
import static org.openwfm.selfservice.trade.TradeDesk.offer;
import static org.openwfm.selfservice.trade.TradeDesk.offered;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;

/**
 * Who may do what with trades (an agent only as itself, planners decide, other roles nothing), and bad input refused
 * with a 4xx that names what is wrong.
 */
@QuarkusTest
class TradeAccessTest {

    @Test
    void anAgentOffersAndAcceptsOnlyAsItselfAndPlannersDecide() {
        TradeDesk desk = TradeDesk.open("tr-roles", 1);
        String giver = desk.agent("TRP1");
        String taker = desk.agent("TRP2");
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        Map<String, Object> body = Map.of("shiftId", shift);
        String path = "/api/v1/agents/" + giver + "/trades";

        anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .body(body)
                .post(path)
                .then()
                .statusCode(401);
        asAgent(taker)
                .body(body)
                .post(path)
                .then()
                .statusCode(403)
                .body("detail", equalTo("An agent may only act as itself"));
        for (String staff : List.of("planner", "admin", "forecaster", "s1")) {
            as(staff).body(body).post(path).then().statusCode(403);
        }
        long tradeId = offered(giver, shift, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");

        anonymous().header(Api.CLIENT_HEADER, "openwfm-test").get(path).then().statusCode(401);
        asAgent(taker).get(path).then().statusCode(403);
        as("planner").get(path).then().statusCode(200).body("mine[0].id", equalTo((int) tradeId));
        for (String staff : List.of("admin", "forecaster", "s1")) {
            as(staff).get(path).then().statusCode(403);
        }

        anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .get("/api/v1/trades")
                .then()
                .statusCode(401);
        as("planner").get("/api/v1/trades").then().statusCode(200);
        for (String other : List.of("admin", "forecaster", "s1", taker)) {
            (other.equals(taker) ? asAgent(other) : as(other))
                    .get("/api/v1/trades")
                    .then()
                    .statusCode(403);
            (other.equals(taker) ? asAgent(other) : as(other))
                    .post("/api/v1/trades/" + tradeId + "/approve")
                    .then()
                    .statusCode(403);
            (other.equals(taker) ? asAgent(other) : as(other))
                    .body(Map.of("reason", "no"))
                    .post("/api/v1/trades/" + tradeId + "/deny")
                    .then()
                    .statusCode(403);
        }
        anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .post("/api/v1/trades/" + tradeId + "/approve")
                .then()
                .statusCode(401);

        Map<String, Object> asTaker = Map.of("agentId", taker);
        anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .body(asTaker)
                .post("/api/v1/trades/" + tradeId + "/accept")
                .then()
                .statusCode(401);
        for (String staff : List.of("planner", "admin", "forecaster", "s1")) {
            as(staff)
                    .body(asTaker)
                    .post("/api/v1/trades/" + tradeId + "/accept")
                    .then()
                    .statusCode(403);
            as(staff).post("/api/v1/trades/" + tradeId + "/withdraw").then().statusCode(403);
        }
        asAgent(giver)
                .body(asTaker)
                .post("/api/v1/trades/" + tradeId + "/accept")
                .then()
                .statusCode(403)
                .body("detail", equalTo("An agent may only act as itself"));
        as("planner")
                .post("/api/v1/trades/" + tradeId + "/approve")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Trade " + tradeId + " is OPEN, not AWAITING_APPROVAL"));
    }

    @Test
    void anOfferToOneColleagueIsSeenAndTakenByThatColleagueOnly() {
        TradeDesk desk = TradeDesk.open("tr-named", 1);
        String giver = desk.agent("TRQ1");
        String named = desk.agent("TRQ2");
        String other = desk.agent("TRQ3");
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long tradeId = offer(giver, Map.of("shiftId", shift, "toAgentId", named))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        asAgent(other)
                .get("/api/v1/agents/" + other + "/trades")
                .then()
                .statusCode(200)
                .body("open.findAll { it.id == " + tradeId + " }.size()", equalTo(0));
        asAgent(named)
                .get("/api/v1/agents/" + named + "/trades")
                .then()
                .statusCode(200)
                .body("open.findAll { it.id == " + tradeId + " }.size()", equalTo(1));
        accept(other, tradeId)
                .statusCode(403)
                .body("detail", equalTo("Trade " + tradeId + " is offered to another agent"));
        accept(named, tradeId).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        TradeDesk desk = TradeDesk.open("tr-bad", 1);
        String giver = desk.agent("TRB1");
        String taker = desk.agent("TRB2");
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long takerShift = desk.shift(taker, "2028-05-02T08:00:00Z", "2028-05-02T12:00:00Z");

        badOffer(giver, Map.of("note", "no shift"), "shiftId");
        badOffer(giver, Map.of("shiftId", shift, "start", "2028-05-01T08:10:00Z"), "start");
        badOffer(giver, Map.of("shiftId", shift, "start", "tomorrow"), "start");
        badOffer(
                giver, Map.of("shiftId", shift, "start", "2028-05-01T10:00:00Z", "end", "2028-05-01T09:00:00Z"), "end");
        badOffer(giver, Map.of("shiftId", shift, "start", "2028-05-01T06:00:00Z"), "start");
        badOffer(giver, Map.of("shiftId", shift, "toAgentId", giver), "toAgentId");
        offer(giver, Map.of("shiftId", shift, "toAgentId", "TRB-NOBODY"))
                .statusCode(404)
                .body("detail", equalTo("Agent 'TRB-NOBODY' does not exist"));
        offer(giver, Map.of("shiftId", 987_654_321L))
                .statusCode(404)
                .body("detail", equalTo("Published shift of agent TRB1 '987654321' does not exist"));
        // What the offer would leave of the shift must still be a shift, as with a release.
        offer(giver, Map.of("shiftId", shift, "start", "2028-05-01T09:00:00Z", "end", "2028-05-01T12:00:00Z"))
                .statusCode(422)
                .body("errors[0].rule", equalTo("remaining shift length"))
                .body("errors[0].agentId", equalTo(giver));

        long tradeId = offered(giver, shift, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");
        offer(giver, Map.of("shiftId", shift, "start", "2028-05-01T08:00:00Z", "end", "2028-05-01T10:00:00Z"))
                .statusCode(409)
                .body("detail", equalTo("These hours are already offered in trade " + tradeId + "; withdraw it first"));
        accept(taker, 987_654_321L).statusCode(404).body("detail", equalTo("Trade '987654321' does not exist"));
        asAgent(taker)
                .body(Map.of())
                .post("/api/v1/trades/" + tradeId + "/accept")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agentId"));
        accept(taker, tradeId, Map.of("swapStart", "2028-05-02T08:00:00Z"))
                .statusCode(400)
                .body("errors[0].field", equalTo("swapShiftId"));
        accept(taker, tradeId, Map.of("swapShiftId", takerShift, "swapEnd", "2028-05-02T09:45:00Z"))
                .statusCode(400)
                .body("errors[0].field", equalTo("swapEnd"));
        as("planner")
                .queryParam("status", "SOMETIME")
                .get("/api/v1/trades")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("planner")
                .body(Map.of())
                .post("/api/v1/trades/" + tradeId + "/deny")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("planner").get("/api/v1/trades/not-a-number").then().statusCode(404);
        as("planner").get("/api/v1/trades/" + tradeId).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private static void badOffer(String agentId, Map<String, Object> body, String field) {
        offer(agentId, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}

package org.openwfm.selfservice.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.selfservice.trade.TradeDesk.accept;
import static org.openwfm.selfservice.trade.TradeDesk.coverage;
import static org.openwfm.selfservice.trade.TradeDesk.offer;
import static org.openwfm.selfservice.trade.TradeDesk.offered;
import static org.openwfm.selfservice.trade.TradeDesk.shifts;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shift trades that go through: a give-away, a swap, a planner's approval and denial, a withdrawal. The hours change
 * hands and nothing else changes: the desk's seat ledger and its coverage per interval stay as they were.
 */
@QuarkusTest
class ShiftTradingTest {

    @Inject
    TradeEventLog events;

    @Test
    void aGiveAwayMovesTheHoursAndNoSeat() {
        TradeDesk desk = TradeDesk.open("tr-give", 2);
        String giver = desk.agent("TRG1");
        String taker = desk.agent("TRG2");
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T14:00:00Z");
        desk.shift(taker, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");
        Map<String, List<Object>> ledger = desk.ledger();
        Map<String, Integer> covered = coverage(giver, taker);

        JsonPath offer = offer(
                        giver,
                        Map.of(
                                "shiftId",
                                shift,
                                "start",
                                "2028-05-01T10:00:00Z",
                                "end",
                                "2028-05-01T14:00:00Z",
                                "note",
                                "dentist"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/trades/"))
                .body("fromAgentId", equalTo(giver))
                .body("clientId", equalTo("tr-give"))
                .body("channel", equalTo("VOICE"))
                .body("start", equalTo("2028-05-01T10:00:00Z"))
                .body("end", equalTo("2028-05-01T14:00:00Z"))
                .body("status", equalTo("OPEN"))
                .body("expiresAt", equalTo("2028-04-30T10:00:00Z"))
                .body("note", equalTo("dentist"))
                .extract()
                .jsonPath();
        long tradeId = offer.getLong("id");
        assertThat(offer.getMap("$")).doesNotContainKey("toAgentId");
        assertThat(events.offeredOf(tradeId))
                .containsExactly(new TradeOffered(
                        tradeId,
                        giver,
                        null,
                        "tr-give",
                        "VOICE",
                        java.time.Instant.parse("2028-05-01T10:00:00Z"),
                        java.time.Instant.parse("2028-05-01T14:00:00Z"),
                        java.time.Instant.parse("2028-04-30T10:00:00Z")));

        JsonPath browse = asAgent(taker)
                .get("/api/v1/agents/" + taker + "/trades")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(browse.getList("open.id", Long.class)).contains(tradeId);
        assertThat(asAgent(giver)
                        .get("/api/v1/agents/" + giver + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("mine.status"))
                .containsExactly("OPEN");

        accept(taker, tradeId)
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("acceptedBy", equalTo(taker));

        assertThat(shifts(giver)).containsExactly("2028-05-01T08:00:00Z–2028-05-01T10:00:00Z tr-give");
        assertThat(shifts(taker))
                .as("the taker's touching shift on the same channel is stretched, as a claim would")
                .containsExactly("2028-05-01T08:00:00Z–2028-05-01T14:00:00Z tr-give");
        assertThat(desk.ledger()).as("no seat changes").isEqualTo(ledger);
        assertThat(coverage(giver, taker)).as("the same agents per interval").isEqualTo(covered);
        assertThat(events.settledOf(tradeId))
                .extracting(
                        TradeSettled::status,
                        TradeSettled::fromAgentId,
                        TradeSettled::toAgentId,
                        TradeSettled::byPlanner)
                .containsExactly(tuple("COMPLETED", giver, taker, false));
        assertThat(history(giver))
                .contains(
                        List.of("TRADE_GIVE", "2028-05-01T10:00:00Z"), List.of("TRADE_OFFER", "2028-05-01T10:00:00Z"));
        assertThat(history(taker)).contains(List.of("TRADE_TAKE", "2028-05-01T10:00:00Z"));
        assertThat(asAgent(taker)
                        .get("/api/v1/agents/" + taker + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("open.id", Long.class))
                .doesNotContain(tradeId);
        accept(desk.agent("TRG3"), tradeId)
                .statusCode(409)
                .body("detail", equalTo("Trade " + tradeId + " is COMPLETED, not OPEN"));
    }

    @Test
    void aSwapMovesBothShiftsAtOnce() {
        TradeDesk desk = TradeDesk.open("tr-swap", 1);
        String giver = desk.agent("TRS1");
        String taker = desk.agent("TRS2");
        long monday = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long tuesday = desk.shift(taker, "2028-05-02T14:00:00Z", "2028-05-02T20:00:00Z");
        Map<String, List<Object>> ledger = desk.ledger();
        Map<String, Integer> covered = coverage(giver, taker);

        long tradeId = offer(giver, Map.of("shiftId", monday, "toAgentId", taker))
                .statusCode(201)
                .body("toAgentId", equalTo(taker))
                .extract()
                .jsonPath()
                .getLong("id");
        accept(taker, tradeId, Map.of("swapShiftId", tuesday, "swapStart", "2028-05-02T16:00:00Z"))
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("swap.shiftId", equalTo((int) tuesday))
                .body("swap.start", equalTo("2028-05-02T16:00:00Z"))
                .body("swap.end", equalTo("2028-05-02T20:00:00Z"));

        assertThat(shifts(giver)).containsExactly("2028-05-02T16:00:00Z–2028-05-02T20:00:00Z tr-swap");
        assertThat(shifts(taker))
                .containsExactly(
                        "2028-05-01T08:00:00Z–2028-05-01T12:00:00Z tr-swap",
                        "2028-05-02T14:00:00Z–2028-05-02T16:00:00Z tr-swap");
        assertThat(desk.ledger()).isEqualTo(ledger);
        assertThat(coverage(giver, taker)).isEqualTo(covered);
        assertThat(history(taker))
                .contains(List.of("TRADE_GIVE", "2028-05-02T16:00:00Z"), List.of("TRADE_TAKE", "2028-05-01T08:00:00Z"));
    }

    @Test
    void aChannelThatAsksForApprovalHoldsTheTradeUntilAPlannerDecides() {
        TradeDesk desk = TradeDesk.open("tr-appr", 2, 24, true);
        as("planner")
                .get("/api/v1/clients/tr-appr")
                .then()
                .statusCode(200)
                .body("channels[0].tradesNeedApproval", equalTo(true));
        String giver = desk.agent("TRA1");
        String taker = desk.agent("TRA2");
        long shift = desk.shift(giver, "2028-05-03T08:00:00Z", "2028-05-03T14:00:00Z");
        long approved = offered(giver, shift, "2028-05-03T08:00:00Z", "2028-05-03T10:00:00Z");
        long denied = offered(giver, shift, "2028-05-03T12:00:00Z", "2028-05-03T14:00:00Z");

        accept(taker, approved).statusCode(200).body("status", equalTo("AWAITING_APPROVAL"));
        accept(taker, denied).statusCode(200).body("status", equalTo("AWAITING_APPROVAL"));
        assertThat(shifts(giver))
                .as("nothing moves yet")
                .containsExactly("2028-05-03T08:00:00Z–2028-05-03T14:00:00Z tr-appr");
        assertThat(as("planner")
                        .queryParam("status", "AWAITING_APPROVAL")
                        .get("/api/v1/trades")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .contains(approved, denied);

        as("planner")
                .body(Map.of("reason", "team short on Wednesday"))
                .post("/api/v1/trades/" + denied + "/deny")
                .then()
                .statusCode(200)
                .body("status", equalTo("DENIED"))
                .body("denyReason", equalTo("team short on Wednesday"))
                .body("decidedBy", equalTo("planner"));
        as("planner")
                .post("/api/v1/trades/" + approved + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("decidedBy", equalTo("planner"));

        assertThat(shifts(giver)).containsExactly("2028-05-03T10:00:00Z–2028-05-03T14:00:00Z tr-appr");
        assertThat(shifts(taker)).containsExactly("2028-05-03T08:00:00Z–2028-05-03T10:00:00Z tr-appr");
        assertThat(events.settledOf(denied))
                .extracting(
                        TradeSettled::status, TradeSettled::toAgentId, TradeSettled::decidedBy, TradeSettled::byPlanner)
                .containsExactly(tuple("DENIED", taker, "planner", true));
        assertThat(events.settledOf(approved))
                .extracting(
                        TradeSettled::status, TradeSettled::toAgentId, TradeSettled::decidedBy, TradeSettled::byPlanner)
                .containsExactly(tuple("COMPLETED", taker, "planner", true));
        as("planner")
                .post("/api/v1/trades/" + approved + "/approve")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Trade " + approved + " is COMPLETED, not AWAITING_APPROVAL"));
    }

    @Test
    void anApprovalChecksTheRulesAgainAsThingsAreNow() {
        TradeDesk desk = TradeDesk.open("tr-reap", 2, 24, true);
        String giver = desk.agent("TRR1");
        String taker = desk.agent("TRR2");
        long shift = desk.shift(giver, "2028-05-04T08:00:00Z", "2028-05-04T12:00:00Z");
        long tradeId = offered(giver, shift, "2028-05-04T08:00:00Z", "2028-05-04T12:00:00Z");
        accept(taker, tradeId).statusCode(200).body("status", equalTo("AWAITING_APPROVAL"));
        // Meanwhile the taker claims hours too close to the traded ones.
        desk.shift(taker, "2028-05-04T14:00:00Z", "2028-05-04T16:00:00Z");

        as("planner")
                .post("/api/v1/trades/" + tradeId + "/approve")
                .then()
                .statusCode(422)
                .body("errors.rule", org.hamcrest.Matchers.contains("rest"))
                .body("errors[0].agentId", equalTo(taker));
        assertThat(shifts(giver)).containsExactly("2028-05-04T08:00:00Z–2028-05-04T12:00:00Z tr-reap");
    }

    @Test
    void theOffererMayWithdrawAnOpenOffer() {
        TradeDesk desk = TradeDesk.open("tr-wd", 1);
        String giver = desk.agent("TRW1");
        String other = desk.agent("TRW2");
        long shift = desk.shift(giver, "2028-05-05T08:00:00Z", "2028-05-05T16:00:00Z");
        long posted = offered(giver, shift, "2028-05-05T08:00:00Z", "2028-05-05T10:00:00Z");
        long deleted = offered(giver, shift, "2028-05-05T14:00:00Z", "2028-05-05T16:00:00Z");

        asAgent(other)
                .post("/api/v1/trades/" + posted + "/withdraw")
                .then()
                .statusCode(403)
                .body("detail", equalTo("Only the agent who offered trade " + posted + " may withdraw it"));
        asAgent(giver)
                .post("/api/v1/trades/" + posted + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        asAgent(giver)
                .delete("/api/v1/trades/" + deleted)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        accept(other, posted).statusCode(409).body("detail", equalTo("Trade " + posted + " is WITHDRAWN, not OPEN"));
        assertThat(events.settledOf(posted))
                .extracting(
                        TradeSettled::status, TradeSettled::toAgentId, TradeSettled::decidedBy, TradeSettled::byPlanner)
                .containsExactly(tuple("WITHDRAWN", null, giver, false));
        assertThat(shifts(giver)).containsExactly("2028-05-05T08:00:00Z–2028-05-05T16:00:00Z tr-wd");
        // Withdrawn, the hours may be offered again.
        offered(giver, shift, "2028-05-05T08:00:00Z", "2028-05-05T10:00:00Z");
    }

    /** The agent's log entries as [action, start], newest first. */
    private static List<List<String>> history(String agentId) {
        List<Map<String, Object>> entries = asAgent(agentId)
                .get("/api/v1/agents/" + agentId + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return entries.stream()
                .map(e -> List.of((String) e.get("action"), (String) e.get("start")))
                .toList();
    }
}

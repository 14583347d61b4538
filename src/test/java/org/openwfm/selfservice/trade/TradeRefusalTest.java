package org.openwfm.selfservice.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.openwfm.selfservice.trade.TradeDesk.accept;
import static org.openwfm.selfservice.trade.TradeDesk.agent;
import static org.openwfm.selfservice.trade.TradeDesk.allWeek;
import static org.openwfm.selfservice.trade.TradeDesk.offer;
import static org.openwfm.selfservice.trade.TradeDesk.offered;
import static org.openwfm.selfservice.trade.TradeDesk.shifts;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.ActivityStore;
import org.openwfm.support.PlannerSteps;

/**
 * Trades refused, one rule at a time, each named with the agent whose rule it is, and nothing moved. The giver's
 * shift is on Monday 2028-05-01 unless said; agents live in Phoenix (UTC−7), desks in UTC.
 */
@QuarkusTest
class TradeRefusalTest {

    @Inject
    ActivityStore activities;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Test
    void aTakerNotCertifiedForTheChannel() {
        TradeDesk desk = TradeDesk.open("tr-cert", 1);
        TradeDesk other = TradeDesk.open("tr-cert-o", 0);
        String giver = desk.agent("TRC1");
        String taker = agent("TRC2", List.of(other.clientId), Map.of(), allWeek(), List.of());
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long tradeId = offered(giver, shift, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");

        assertThat(asAgent(taker)
                        .get("/api/v1/agents/" + taker + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("open.id", Long.class))
                .as("not offered to an agent who could not take it")
                .doesNotContain(tradeId);
        refused(taker, tradeId, "certification", "TRC2 is not certified for tr-cert VOICE");
        assertThat(shifts(giver)).containsExactly("2028-05-01T08:00:00Z–2028-05-01T12:00:00Z tr-cert");
        assertThat(shifts(taker)).isEmpty();
        // Named at the offer, a colleague who could not take it is refused there.
        offer(giver, Map.of("shiftId", shift, "start", "2028-05-01T10:00:00Z", "toAgentId", taker))
                .statusCode(422)
                .body("errors.rule", contains("certification"))
                .body("errors[0].agentId", equalTo(taker));
    }

    @Test
    void aTakerOverItsDailyMaximum() {
        TradeDesk desk = TradeDesk.open("tr-daily", 2);
        String giver = desk.agent("TRD1");
        String taker = desk.agent("TRD2");
        // 00:00–05:00 and 13:00–17:00 in Phoenix: 8 h apart, 9 h in the day.
        desk.shift(taker, "2028-05-01T07:00:00Z", "2028-05-01T12:00:00Z");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T20:00:00Z", "2028-05-02T00:00:00Z"),
                "2028-05-01T20:00:00Z",
                "2028-05-02T00:00:00Z");
        refused(taker, tradeId, "daily maximum", "At most 8 h a day: Mon 2028-05-01 would have 9 h");
    }

    @Test
    void aTakerOverItsWeeklyMaximum() {
        TradeDesk desk = TradeDesk.open("tr-weekly", 1);
        String giver = desk.agent("TRK1");
        String taker = agent("TRK2", List.of(desk.clientId), Map.of("maxWeeklyHours", 10), allWeek(), List.of());
        desk.shift(taker, "2028-05-02T08:00:00Z", "2028-05-02T14:00:00Z");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T13:00:00Z"),
                "2028-05-01T08:00:00Z",
                "2028-05-01T13:00:00Z");
        refused(taker, tradeId, "weekly maximum", "At most 10 h a week: the week of Mon 2028-05-01 would have 11 h");
    }

    @Test
    void aTakerWithoutRestBetweenShifts() {
        TradeDesk desk = TradeDesk.open("tr-rest", 1);
        String giver = desk.agent("TRT1");
        String taker = desk.agent("TRT2");
        desk.shift(taker, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T14:00:00Z", "2028-05-01T16:00:00Z"),
                "2028-05-01T14:00:00Z",
                "2028-05-01T16:00:00Z");
        refused(
                taker,
                tradeId,
                "rest",
                "At least 8 h rest between shifts: only 4 h after your shift ending Mon 2028-05-01 03:00 your time");
    }

    @Test
    void aTakerOverItsConsecutiveDays() {
        TradeDesk desk = TradeDesk.open("tr-days", 1);
        String giver = desk.agent("TRY1");
        String taker = agent("TRY2", List.of(desk.clientId), Map.of("maxConsecutiveDays", 2), allWeek(), List.of());
        desk.shift(taker, "2028-05-02T08:00:00Z", "2028-05-02T10:00:00Z");
        desk.shift(taker, "2028-05-03T08:00:00Z", "2028-05-03T10:00:00Z");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z"),
                "2028-05-01T08:00:00Z",
                "2028-05-01T10:00:00Z");
        refused(
                taker,
                tradeId,
                "consecutive days",
                "At most 2 days in a row: this would make 3 (2028-05-01 to 2028-05-03)");
    }

    @Test
    void aTakerNotAvailableThen() {
        TradeDesk desk = TradeDesk.open("tr-avail", 1);
        String giver = desk.agent("TRV1");
        String taker = agent(
                "TRV2",
                List.of(desk.clientId),
                Map.of(),
                List.of(Map.of("dayOfWeek", "TUESDAY", "start", "00:00", "end", "24:00")),
                List.of());
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z"),
                "2028-05-01T08:00:00Z",
                "2028-05-01T10:00:00Z");
        refused(
                taker,
                tradeId,
                "availability",
                "TRV2 is not available at Mon 2028-05-01 01:00 your time (outside its weekly hours)");
    }

    @Test
    void aTakerOnTimeOff() {
        TradeDesk desk = TradeDesk.open("tr-off", 1);
        String giver = desk.agent("TRO1");
        String taker = agent(
                "TRO2",
                List.of(desk.clientId),
                Map.of(),
                allWeek(),
                List.of(Map.of(
                        "start", "2028-05-01T10:00:00Z", "end", "2028-05-01T12:00:00Z", "reason", "move house")));
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z"),
                "2028-05-01T08:00:00Z",
                "2028-05-01T12:00:00Z");
        refused(taker, tradeId, "time off", "TRO2 has time off Mon 2028-05-01 03:00–05:00");
    }

    @Test
    void aTakerAlreadyWorkingThen() {
        TradeDesk desk = TradeDesk.open("tr-overlap", 2);
        String giver = desk.agent("TRL1");
        String taker = desk.agent("TRL2");
        desk.shift(taker, "2028-05-01T14:00:00Z", "2028-05-01T18:00:00Z");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T12:00:00Z", "2028-05-01T16:00:00Z"),
                "2028-05-01T12:00:00Z",
                "2028-05-01T16:00:00Z");
        refused(taker, tradeId, "overlap", "Overlaps your shift on tr-overlap VOICE, Mon 2028-05-01 07:00–11:00");
    }

    @Test
    void aTakerInASessionThen() {
        TradeDesk desk = TradeDesk.open("tr-sess", 1);
        String giver = desk.agent("TRN1");
        String taker = desk.agent("TRN2");
        var claimed = desk.claim(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        activities.add(
                claimed.getLong("scheduleId"),
                List.of(new ScheduledActivity(
                        "910-TRN",
                        "Coaching of TRN2",
                        ScheduledActivity.TEAM_MEETING,
                        null,
                        null,
                        "Team TRN",
                        List.of(taker),
                        Instant.parse("2028-05-01T09:00:00Z"),
                        Instant.parse("2028-05-01T09:30:00Z"))),
                List.of());
        long tradeId = offered(giver, claimed.getLong("id"), "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        refused(
                taker,
                tradeId,
                "activity conflict",
                "Coaching of TRN2 on Mon 2028-05-01 02:00–02:30 falls in this claim");
    }

    @Test
    void everyBrokenRuleOfBothAgentsIsListed() {
        TradeDesk desk = TradeDesk.open("tr-many", 2);
        String giver = desk.agent("TRM1");
        String taker = agent(
                "TRM2",
                List.of(desk.clientId),
                Map.of(),
                List.of(Map.of("dayOfWeek", "FRIDAY", "start", "00:00", "end", "24:00")),
                List.of());
        long offeredShift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long takerShift = desk.shift(taker, "2028-05-01T14:00:00Z", "2028-05-01T16:00:00Z");
        long tradeId = offered(giver, offeredShift, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        // A swap of a 1-hour piece: the taker is not available on Monday, would start its Monday 3 h after what is
        // left of its own shift, which keeps 1 h (under the 2 h minimum); the giver would get a 1-hour shift.
        accept(
                        taker,
                        tradeId,
                        Map.of(
                                "swapShiftId",
                                takerShift,
                                "swapStart",
                                "2028-05-01T14:00:00Z",
                                "swapEnd",
                                "2028-05-01T15:00:00Z"))
                .statusCode(422)
                .body(
                        "errors.rule",
                        containsInAnyOrder("availability", "rest", "remaining shift length", "minimum shift length"))
                .body("errors.findAll { it.rule == 'availability' }.agentId", everyItem(equalTo(taker)))
                .body("errors.findAll { it.rule == 'remaining shift length' }.agentId", everyItem(equalTo(taker)))
                .body("errors.findAll { it.rule == 'rest' }.agentId", everyItem(equalTo(taker)))
                .body("errors.findAll { it.rule == 'minimum shift length' }.agentId", everyItem(equalTo(giver)));
        assertThat(shifts(giver)).containsExactly("2028-05-01T08:00:00Z–2028-05-01T12:00:00Z tr-many");
        assertThat(shifts(taker)).containsExactly("2028-05-01T14:00:00Z–2028-05-01T16:00:00Z tr-many");
    }

    @Test
    void anOfferThatExpiredIsRefusedAtAcceptanceAndReadsAsExpired() {
        TradeDesk desk = TradeDesk.open("tr-exp", 1);
        String giver = desk.agent("TRE1");
        String taker = desk.agent("TRE2");
        long tradeId = offered(
                giver,
                desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z"),
                "2028-05-01T08:00:00Z",
                "2028-05-01T10:00:00Z");
        // The clock cannot jump a year in a test: the offer's expiry is moved to a minute ago instead.
        Instant expiry = clock.instant().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update ShiftTrade t set t.expiresAt = :at where t.id = :id")
                        .setParameter("at", expiry)
                        .setParameter("id", tradeId)
                        .executeUpdate());

        accept(taker, tradeId)
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("Trade " + tradeId + " expired at " + expiry
                                + ": its hours are inside the channel's notice window"));
        assertThat(asAgent(giver)
                        .get("/api/v1/agents/" + giver + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("mine.status"))
                .containsExactly("EXPIRED");
        assertThat(as("planner")
                        .queryParam("status", "EXPIRED")
                        .get("/api/v1/trades")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", Long.class))
                .contains(tradeId);
        assertThat(shifts(taker)).isEmpty();
    }

    @Test
    void anOfferInsideTheNoticeWindowIsRefused() {
        TradeDesk desk = TradeDesk.open("tr-late", 0, 720, false);
        LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant start = monday.atTime(16, 0).toInstant(ZoneOffset.UTC);
        Instant end = start.plus(Duration.ofHours(4));
        PlannerSteps.releaseSeats(desk.clientId, start.toString(), end.toString(), 1);
        String giver = desk.agent("TRX1");
        long shift = desk.shift(giver, start.toString(), end.toString());

        offer(giver, Map.of("shiftId", shift))
                .statusCode(422)
                .body("errors.rule", contains("trade notice"))
                .body("errors[0].agentId", equalTo(giver))
                .body(
                        "errors[0].message",
                        startsWith("Hours of tr-late VOICE change hands at least 720 h before they start"));
        assertThat(asAgent(giver)
                        .get("/api/v1/agents/" + giver + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("mine"))
                .isEmpty();
    }

    @Test
    void anAgentCannotTakeItsOwnOfferNorTradeAShiftNotItsOwn() {
        TradeDesk desk = TradeDesk.open("tr-own", 2);
        String giver = desk.agent("TRU1");
        String taker = desk.agent("TRU2");
        long giverShift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long takerShift = desk.shift(taker, "2028-05-02T08:00:00Z", "2028-05-02T12:00:00Z");
        long tradeId = offered(giver, giverShift, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");

        accept(giver, tradeId)
                .statusCode(422)
                .body("errors.rule", contains("own offer"))
                .body("errors[0].agentId", equalTo(giver));
        offer(giver, Map.of("shiftId", takerShift))
                .statusCode(404)
                .body("detail", equalTo("Published shift of agent TRU1 '" + takerShift + "' does not exist"));
        accept(taker, tradeId, Map.of("swapShiftId", giverShift))
                .statusCode(404)
                .body("detail", equalTo("Published shift of agent TRU2 '" + giverShift + "' does not exist"));
        assertThat(asAgent(giver)
                        .get("/api/v1/agents/" + giver + "/trades")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("mine.status"))
                .containsExactly("OPEN");
        assertThat(shifts(giver)).containsExactly("2028-05-01T08:00:00Z–2028-05-01T12:00:00Z tr-own");
    }

    @Test
    void aShiftChangedSinceTheOfferIsRefused() {
        TradeDesk desk = TradeDesk.open("tr-chg", 1);
        String giver = desk.agent("TRH1");
        String taker = desk.agent("TRH2");
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long tradeId = offered(giver, shift, "2028-05-01T08:00:00Z", "2028-05-01T10:00:00Z");
        asAgent(giver)
                .body(Map.of("shiftId", shift, "start", "2028-05-01T10:00:00Z"))
                .post("/api/v1/agents/" + giver + "/releases")
                .then()
                .statusCode(200);
        accept(taker, tradeId)
                .statusCode(422)
                .body("errors.rule", contains("shift as offered"))
                .body("errors[0].agentId", equalTo(giver))
                .body(
                        "errors[0].message",
                        equalTo("Shift " + shift + " (2028-05-01T08:00:00Z–2028-05-01T12:00:00Z) has changed since it"
                                + " was traded: released, claimed into or traded away"));
        assertThat(shifts(taker)).isEmpty();
    }

    /** The acceptance is refused by exactly the rule, said of the taker, and the offer stays open. */
    private static void refused(String taker, long tradeId, String rule, String message) {
        accept(taker, tradeId)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.rule", contains(rule))
                .body("errors[0].agentId", equalTo(taker))
                .body("errors[0].message", equalTo(message));
        assertThat(as("planner")
                        .get("/api/v1/trades/" + tradeId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("status"))
                .isEqualTo("OPEN");
    }
}

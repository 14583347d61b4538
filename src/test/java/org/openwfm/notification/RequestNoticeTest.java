package org.openwfm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.selfservice.timeoff.TimeOffDecided;
import org.openwfm.selfservice.trade.TradeOffered;
import org.openwfm.selfservice.trade.TradeSettled;
import org.openwfm.support.Desk;

/**
 * Trade offers, what became of a trade, and planners' time-off decisions reach the agents concerned, after the
 * deciding transaction commits, with times in each reader's zone (the test agents are in Phoenix, UTC−7).
 */
@QuarkusTest
class RequestNoticeTest {

    private static final Instant START = Instant.parse("2028-06-06T15:00:00Z");
    private static final Instant END = Instant.parse("2028-06-06T17:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2028-06-05T15:00:00Z");

    @Inject
    Event<TradeOffered> offers;

    @Inject
    Event<TradeSettled> settlements;

    @Inject
    Event<TimeOffDecided> decisions;

    @Test
    void anOfferToAnyoneReachesEveryCertifiedColleagueButNotTheOffererNorTheUncertified() {
        Desk desk = Desk.open("rn-any", 24);
        String giver = desk.agent("RNA1");
        String colleague = desk.agent("RNA2");
        String elsewhere = Desk.agent("RNA3", List.of());

        QuarkusTransaction.requiringNew()
                .run(() ->
                        offers.fire(new TradeOffered(9101, giver, null, desk.clientId, "VOICE", START, END, EXPIRES)));

        Map<String, Object> notice = Inboxes.awaitKind(colleague, "TRADE_OFFER").get(0);
        assertThat(notice)
                .containsEntry("title", "Shift offered: Tue 6 Jun 08:00–10:00 rn-any VOICE")
                .containsEntry("link", "/agent.html?week=2028-06-05");
        assertThat((String) notice.get("text"))
                .isEqualTo("RNA1 offers Tue 6 Jun 08:00–10:00 rn-any VOICE until Mon 5 Jun 08:00 (your local time). "
                        + "Take it, or swap one of your shifts for it, under Shift trades on your page.");
        assertThat(Inboxes.of(giver)).isEmpty();
        assertThat(Inboxes.of(elsewhere)).isEmpty();
    }

    @Test
    void anOfferToANamedColleagueReachesThatColleagueAlone() {
        Desk desk = Desk.open("rn-named", 24);
        String giver = desk.agent("RNN1");
        String named = desk.agent("RNN2");
        String other = desk.agent("RNN3");

        QuarkusTransaction.requiringNew()
                .run(() ->
                        offers.fire(new TradeOffered(9102, giver, named, desk.clientId, "VOICE", START, END, EXPIRES)));

        assertThat((String) Inboxes.awaitKind(named, "TRADE_OFFER").get(0).get("text"))
                .startsWith("RNN1 offers you Tue 6 Jun 08:00–10:00");
        assertThat(Inboxes.of(other)).isEmpty();
    }

    @Test
    void aPlannersDenialTellsBothAgentsAndACompletionAtAcceptanceTellsTheOffererOnly() {
        Desk desk = Desk.open("rn-settle", 24);
        String giver = desk.agent("RNS1");
        String taker = desk.agent("RNS2");

        QuarkusTransaction.requiringNew()
                .run(() -> settlements.fire(new TradeSettled(
                        9103, "DENIED", giver, taker, desk.clientId, "VOICE", START, END, "planner", "short-staffed")));
        assertThat((String) Inboxes.awaitKind(giver, "REQUEST_DECISION").get(0).get("text"))
                .isEqualTo("The trade of Tue 6 Jun 08:00–10:00 rn-settle VOICE: A planner denied: short-staffed.");
        assertThat(Inboxes.awaitKind(taker, "REQUEST_DECISION")).hasSize(1);

        QuarkusTransaction.requiringNew()
                .run(() -> settlements.fire(new TradeSettled(
                        9104, "COMPLETED", giver, taker, desk.clientId, "VOICE", START, END, null, null)));
        assertThat((String) Inboxes.awaitKind(giver, "TRADE_OFFER").get(0).get("text"))
                .isEqualTo(
                        "The trade of Tue 6 Jun 08:00–10:00 rn-settle VOICE: RNS2 took them: they are no longer yours.");
        assertThat(Inboxes.of(taker)).extracting(n -> n.get("kind")).containsExactly("REQUEST_DECISION");
    }

    @Test
    void aPlannersTimeOffDecisionTellsTheAgentButAnApprovalAtOnceDoesNot() {
        String agent = Desk.agent("RNT1", List.of());

        QuarkusTransaction.requiringNew()
                .run(() -> decisions.fire(new TimeOffDecided(
                        9105, agent, "APPROVED", START, END, "within the allowance and the coverage share", "auto")));
        QuarkusTransaction.requiringNew()
                .run(() ->
                        decisions.fire(new TimeOffDecided(9106, agent, "DENIED", START, END, "busy week", "planner")));

        List<Map<String, Object>> told = Inboxes.awaitKind(agent, "REQUEST_DECISION");
        assertThat(told).hasSize(1);
        assertThat(told.get(0))
                .containsEntry("title", "Time off denied")
                .containsEntry("text", "Your time off from Tue 6 Jun 08:00 to Tue 6 Jun 10:00 is denied: busy week.");
    }
}

package org.openwfm.selfservice.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.selfservice.trade.TradeDesk.offered;
import static org.openwfm.selfservice.trade.TradeDesk.shifts;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two agents accept one offer at the same moment: the trade's row lock lets one through and the other reads the trade
 * taken (409), and the hours go to exactly one of them.
 */
@QuarkusTest
class TradeRaceTest {

    @Test
    void twoAcceptancesOfOneOfferGiveOneWinnerAndOneConflict() throws Exception {
        TradeDesk desk = TradeDesk.open("tr-race", 1);
        String giver = desk.agent("TRZ1");
        List<String> takers = List.of(desk.agent("TRZ2"), desk.agent("TRZ3"));
        long shift = desk.shift(giver, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");
        long tradeId = offered(giver, shift, "2028-05-01T08:00:00Z", "2028-05-01T12:00:00Z");

        CountDownLatch ready = new CountDownLatch(takers.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(takers.size());
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String taker : takers) {
                Callable<Response> accept = () -> {
                    ready.countDown();
                    go.await();
                    return asAgent(taker).body(Map.of("agentId", taker)).post("/api/v1/trades/" + tradeId + "/accept");
                };
                answers.add(pool.submit(accept));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            String winner = takers.get(statuses.indexOf(200));
            String loser = takers.get(statuses.indexOf(409));
            assertThat(answers.get(statuses.indexOf(409)).get().jsonPath().getString("detail"))
                    .isEqualTo("Trade " + tradeId + " is COMPLETED, not OPEN");
            assertThat(shifts(winner)).containsExactly("2028-05-01T08:00:00Z–2028-05-01T12:00:00Z tr-race");
            assertThat(shifts(loser)).isEmpty();
            assertThat(shifts(giver)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The offerer releases the shift while a colleague accepts the offer of it: both lock the offerer's row, so one
     * runs after the other, and the hours either move to the colleague or become open seats, never both.
     */
    @Test
    void aReleaseAndAnAcceptanceOfOneShiftRunOneAfterTheOther() throws Exception {
        TradeDesk desk = TradeDesk.open("tr-race-rel", 1);
        String giver = desk.agent("TRZ4");
        String taker = desk.agent("TRZ5");
        long shift = desk.shift(giver, "2028-05-02T08:00:00Z", "2028-05-02T12:00:00Z");
        long tradeId = offered(giver, shift, "2028-05-02T08:00:00Z", "2028-05-02T12:00:00Z");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> accepted = pool.submit(() -> {
                go.await();
                return asAgent(taker).body(Map.of("agentId", taker)).post("/api/v1/trades/" + tradeId + "/accept");
            });
            Future<Response> released = pool.submit(() -> {
                go.await();
                return asAgent(giver).body(Map.of("shiftId", shift)).post("/api/v1/agents/" + giver + "/releases");
            });
            go.countDown();
            int accept = accepted.get().statusCode();
            int release = released.get().statusCode();
            if (accept == 200) {
                assertThat(release).as("the shift was the colleague's by then").isEqualTo(404);
                assertThat(shifts(taker)).containsExactly("2028-05-02T08:00:00Z–2028-05-02T12:00:00Z tr-race-rel");
                assertThat(desk.ledger().get("2028-05-02T08:00:00Z").get(0))
                        .as("open seats")
                        .isEqualTo(0);
            } else {
                assertThat(List.of(accept, release)).containsExactly(422, 200);
                assertThat(accepted.get().jsonPath().getString("errors[0].rule"))
                        .isEqualTo("shift as offered");
                assertThat(shifts(taker)).isEmpty();
                assertThat(desk.ledger().get("2028-05-02T08:00:00Z").get(0))
                        .as("open seats")
                        .isEqualTo(1);
            }
            assertThat(shifts(giver)).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.openwfm.selfservice.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test bean that keeps every trade event the service fires, as a notification feature would observe them. */
@ApplicationScoped
public class TradeEventLog {

    final List<TradeOffered> offered = new CopyOnWriteArrayList<>();
    final List<TradeSettled> settled = new CopyOnWriteArrayList<>();

    void onOffered(@Observes TradeOffered event) {
        offered.add(event);
    }

    void onSettled(@Observes TradeSettled event) {
        settled.add(event);
    }

    List<TradeSettled> settledOf(long tradeId) {
        return settled.stream().filter(e -> e.tradeId() == tradeId).toList();
    }

    List<TradeOffered> offeredOf(long tradeId) {
        return offered.stream().filter(e -> e.tradeId() == tradeId).toList();
    }
}

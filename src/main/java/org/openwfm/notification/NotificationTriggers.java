package org.openwfm.notification;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openwfm.schedule.SchedulePublished;
import org.openwfm.selfservice.SeatsOpened;
import org.openwfm.selfservice.timeoff.TimeOffDecided;
import org.openwfm.selfservice.trade.TradeOffered;
import org.openwfm.selfservice.trade.TradeSettled;

/**
 * What makes notices: other features' events, heard once their transaction has committed (a rolled-back release
 * tells nobody). The matching reads every interested agent's claimable seats, so it runs on a worker thread in a
 * transaction of its own, and the planner's or agent's request does not wait for it. Notices of a change lost to a
 * replica stopping in between are not made up later: they are a convenience, the open-slots list stays the truth.
 */
@ApplicationScoped
class NotificationTriggers {

    private static final Logger LOG = Logger.getLogger(NotificationTriggers.class);

    @Inject
    SeatNotices seats;

    @Inject
    ScheduleNotices schedules;

    @Inject
    RequestNotices requests;

    void onSeatsOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatsOpened opened) {
        later("seats opened on " + opened.channel(), () -> seats.seatsOpened(opened));
    }

    void onSchedulePublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) SchedulePublished published) {
        later("schedule " + published.scheduleId() + " published", () -> schedules.schedulePublished(published));
    }

    void onTradeOffered(@Observes(during = TransactionPhase.AFTER_SUCCESS) TradeOffered offer) {
        later("trade " + offer.tradeId() + " offered", () -> requests.offered(offer));
    }

    void onTradeSettled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TradeSettled trade) {
        later("trade " + trade.tradeId() + " settled", () -> requests.settled(trade));
    }

    void onTimeOffDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimeOffDecided decision) {
        later("time off " + decision.requestId() + " decided", () -> requests.decided(decision));
    }

    private static void later(String what, Runnable work) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Notifying agents of %s failed", what);
            }
        });
    }
}

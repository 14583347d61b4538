package org.openwfm.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.selfservice.timeoff.TimeOffDecided;
import org.openwfm.selfservice.trade.TradeOffered;
import org.openwfm.selfservice.trade.TradeSettled;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * Tells agents of what they and their colleagues asked: shift offers they may take, what became of a trade, and a
 * planner's decision on their time off. Every time is written in the reader's own zone. Decisions an agent saw in the
 * answer to its own request (a time off approved at once, a trade completed as it accepted) tell the other side only.
 */
@ApplicationScoped
class RequestNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    AgentDirectory agents;

    @Inject
    Notices notices;

    /**
     * An offer to a named colleague tells that colleague; one to anyone tells every agent certified for the channel
     * but the offerer, {@value AgentChunks#SIZE} agents per transaction.
     *
     * @return how many agents were told
     */
    int offered(TradeOffered offer) {
        ChannelKey channel = new ChannelKey(offer.clientId(), Channel.valueOf(offer.channel()));
        List<AgentProfile> readers = QuarkusTransaction.requiringNew()
                .call(() -> agents.listOrdered().stream()
                        .filter(a -> !a.id().equals(offer.fromAgentId()))
                        .filter(a -> offer.toAgentId() == null
                                ? a.certifications().contains(channel)
                                : a.id().equals(offer.toAgentId()))
                        .toList());
        return AgentChunks.tell(readers, chunk -> tellOffer(chunk, offer));
    }

    private int tellOffer(List<AgentProfile> readers, TradeOffered offer) {
        int told = 0;
        for (AgentProfile reader : readers) {
            ZoneId zone = ZoneId.of(reader.timeZone());
            String hours = span(offer.start(), offer.end(), zone) + " " + offer.clientId() + " " + offer.channel();
            String text = offer.fromAgentId() + " offers " + (offer.toAgentId() == null ? "" : "you ") + hours
                    + " until " + WHEN.format(offer.expiresAt().atZone(zone)) + " (your local time). Take it, or swap "
                    + "one of your shifts for it, under Shift trades on your page.";
            if (notices.post(
                    reader.id(), NoticeKind.TRADE_OFFER, "Shift offered: " + hours, text, link(offer.start(), zone))) {
                told++;
            }
        }
        return told;
    }

    /** What became of a trade: a planner's word tells both agents; a completion at acceptance tells the offerer. */
    void settled(TradeSettled trade) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (trade.byPlanner()) {
                String verdict = trade.status().equals("COMPLETED")
                        ? "approved: the hours moved"
                        : "denied" + (trade.denyReason() == null ? "" : ": " + trade.denyReason());
                tellSettled(trade.fromAgentId(), trade, NoticeKind.REQUEST_DECISION, "A planner " + verdict + ".");
                tellSettled(trade.toAgentId(), trade, NoticeKind.REQUEST_DECISION, "A planner " + verdict + ".");
            } else if (trade.status().equals("COMPLETED")) {
                tellSettled(
                        trade.fromAgentId(),
                        trade,
                        NoticeKind.TRADE_OFFER,
                        trade.toAgentId() + " took them: they are no longer yours.");
            }
        });
    }

    private void tellSettled(String agentId, TradeSettled trade, NoticeKind kind, String outcome) {
        Optional<AgentProfile> reader = agents.find(agentId);
        if (reader.isEmpty()) {
            return;
        }
        ZoneId zone = ZoneId.of(reader.get().timeZone());
        String hours = span(trade.start(), trade.end(), zone) + " " + trade.clientId() + " " + trade.channel();
        notices.post(
                agentId,
                kind,
                "Shift trade: " + hours,
                "The trade of " + hours + ": " + outcome,
                link(trade.start(), zone));
    }

    /** A planner's decision on a time off; one the rules approved as the agent asked was in the agent's answer. */
    void decided(TimeOffDecided decision) {
        if (decision.automatic()) {
            return;
        }
        QuarkusTransaction.requiringNew()
                .run(() -> agents.find(decision.agentId()).ifPresent(agent -> {
                    ZoneId zone = ZoneId.of(agent.timeZone());
                    String when = WHEN.format(decision.start().atZone(zone)) + " to "
                            + WHEN.format(decision.end().atZone(zone));
                    String verdict = decision.status().equals("APPROVED") ? "approved" : "denied";
                    String reason = decision.decisionReason() == null ? "" : ": " + decision.decisionReason();
                    notices.post(
                            agent.id(),
                            NoticeKind.REQUEST_DECISION,
                            "Time off " + verdict,
                            "Your time off from " + when + " is " + verdict + reason + ".",
                            link(decision.start(), zone));
                }));
    }

    private static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        return WHEN.format(from) + "–" + TIME.format(end.atZone(zone));
    }

    /** The agent page at the week holding the instant, in the reader's zone. */
    private static String link(Instant at, ZoneId zone) {
        return "/agent.html?week="
                + at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

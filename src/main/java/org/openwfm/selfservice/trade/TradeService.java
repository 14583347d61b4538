package org.openwfm.selfservice.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.selfservice.LogAction;
import org.openwfm.selfservice.LogEntry;
import org.openwfm.selfservice.LogOutcome;
import org.openwfm.selfservice.SelfServiceLog;
import org.openwfm.selfservice.TradeRules;
import org.openwfm.selfservice.trade.TradeParties.Hours;
import org.openwfm.selfservice.trade.api.TradeViews.AgentTrades;
import org.openwfm.selfservice.trade.api.TradeViews.DenyRequest;
import org.openwfm.selfservice.trade.api.TradeViews.OfferRequest;
import org.openwfm.selfservice.trade.api.TradeViews.TradeView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * Offers, their lists, withdrawals and a planner's denial. An offer is checked for what the offerer can know alone:
 * the hours are its own, outside the notice window, and what its shift keeps is still a shift; the colleague's side
 * is checked when one accepts ({@link TradeAcceptance}).
 */
@ApplicationScoped
public class TradeService {

    @Inject
    TradeStore trades;

    @Inject
    TradeLocks locks;

    @Inject
    AgentDirectory agents;

    @Inject
    PublishedWeeks published;

    @Inject
    SelfServiceLog log;

    @Inject
    Event<TradeOffered> offeredEvents;

    @Inject
    Event<TradeSettled> settledEvents;

    @Inject
    Clock clock;

    @Transactional
    public TradeView offer(String agentId, OfferRequest request, String username) {
        String toAgentId = blankToNull(request.toAgentId());
        if (agentId.equals(toAgentId)) {
            throw ProblemException.invalidField("toAgentId", "names the offering agent itself");
        }
        AgentProfile giver = agents.lock(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
        Shift shift = locks.publishedShiftOf(agentId, request.shiftId());
        Hours hours = locks.hours(shift, request.start(), request.end(), "start", "end");
        AgentProfile colleague = toAgentId == null
                ? null
                : agents.find(toAgentId).orElseThrow(() -> ProblemException.notFound("Agent", toAgentId));
        Instant now = clock.instant();
        List<Violation> broken = new ArrayList<>();
        TradeCheck.noticeOf(hours, now).ifPresent(v -> broken.add(v.of(agentId)));
        broken.addAll(TradeRules.forGiver(
                now,
                giver,
                hours.channel(),
                shift.span(),
                hours.range(),
                published.activitiesOf(
                        agentId, hours.range().start(), hours.range().end())));
        if (colleague != null && !colleague.certifications().contains(hours.channel())) {
            broken.add(Violation.ofRule("certification", toAgentId + " is not certified for " + hours.channel())
                    .of(toAgentId));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken("The offer", broken);
        }
        trades.pendingOverlapping(shift.shiftId(), hours.range(), now).ifPresent(other -> {
            throw ProblemException.conflict(
                    "These hours are already offered in trade " + other.id + "; withdraw it first");
        });
        ShiftTrade trade = stored(agentId, toAgentId, request.note(), hours, now);
        log.append(LogEntry.of(
                username,
                agentId,
                LogAction.TRADE_OFFER,
                LogOutcome.DONE,
                trade.clientId,
                trade.channel,
                trade.start,
                trade.end,
                1,
                Duration.between(trade.start, trade.end).toMinutes(),
                trade.shiftId,
                Duration.between(now, trade.start).toMinutes(),
                "trade " + trade.id + (toAgentId == null ? "" : " to " + toAgentId)));
        offeredEvents.fire(TradeOffered.of(trade));
        return TradeMapper.view(trade, now);
    }

    /** The offers the agent may take now, and the trades it offered or accepted. */
    @Transactional
    public AgentTrades ofAgent(String agentId) {
        AgentProfile agent = agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
        Instant now = clock.instant();
        List<TradeView> open = trades.openFor(agentId, now).stream()
                .filter(t -> agent.certifications().contains(t.channelKey()))
                .map(t -> TradeMapper.view(t, now))
                .toList();
        List<TradeView> mine = trades.ofAgent(agentId).stream()
                .map(t -> TradeMapper.view(t, now))
                .toList();
        return new AgentTrades(open, mine);
    }

    /** Every trade, or those whose status reads as the one given now, newest first. */
    @Transactional
    public List<TradeView> list(TradeStatus status) {
        Instant now = clock.instant();
        return trades.readingAs(status, now).stream()
                .map(t -> TradeMapper.view(t, now))
                .toList();
    }

    @Transactional
    public TradeView get(long tradeId) {
        Instant now = clock.instant();
        return trades.find(tradeId)
                .map(t -> TradeMapper.view(t, now))
                .orElseThrow(() -> ProblemException.notFound("Trade", String.valueOf(tradeId)));
    }

    /** The offerer takes back an offer no one has accepted. */
    @Transactional
    public TradeView withdraw(long tradeId, String agentId) {
        ShiftTrade trade = locks.trade(tradeId);
        if (!trade.fromAgentId.equals(agentId)) {
            throw ProblemException.forbidden("Only the agent who offered trade " + tradeId + " may withdraw it");
        }
        Instant now = clock.instant();
        TradeLocks.require(trade, TradeStatus.OPEN, now);
        trade.status = TradeStatus.WITHDRAWN;
        trade.decidedBy = agentId;
        trade.decidedAt = now;
        settledEvents.fire(TradeSettled.of(trade));
        return TradeMapper.view(trade, now);
    }

    /** A planner refuses a trade that waits for approval; nothing moves. */
    @Transactional
    public TradeView deny(long tradeId, DenyRequest request, String username) {
        ShiftTrade trade = locks.trade(tradeId);
        Instant now = clock.instant();
        TradeLocks.require(trade, TradeStatus.AWAITING_APPROVAL, now);
        trade.status = TradeStatus.DENIED;
        trade.decidedBy = username;
        trade.decidedAt = now;
        trade.denyReason = request.reason().trim();
        settledEvents.fire(TradeSettled.of(trade));
        return TradeMapper.view(trade, now);
    }

    private ShiftTrade stored(String agentId, String toAgentId, String note, Hours hours, Instant now) {
        ShiftTrade trade = new ShiftTrade();
        trade.fromAgentId = agentId;
        trade.toAgentId = toAgentId;
        trade.clientId = hours.channel().clientId();
        trade.channel = hours.channel().channel();
        trade.shiftId = hours.shift().shiftId();
        trade.shiftStart = hours.shift().shift().start();
        trade.shiftEnd = hours.shift().shift().end();
        trade.start = hours.range().start();
        trade.end = hours.range().end();
        trade.expiresAt = TradeCheck.deadline(hours);
        trade.note = blankToNull(note);
        trade.status = TradeStatus.OPEN;
        trade.createdAt = now;
        trades.add(trade);
        return trade;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

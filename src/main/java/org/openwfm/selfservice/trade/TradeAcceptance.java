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
import java.util.Map;
import java.util.Optional;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.selfservice.LogAction;
import org.openwfm.selfservice.LogEntry;
import org.openwfm.selfservice.LogOutcome;
import org.openwfm.selfservice.SelfServiceLog;
import org.openwfm.selfservice.ShiftMoves;
import org.openwfm.selfservice.trade.TradeParties.Hours;
import org.openwfm.selfservice.trade.api.TradeViews.AcceptRequest;
import org.openwfm.selfservice.trade.api.TradeViews.TradeView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentProfile;

/**
 * Acceptance and a planner's approval: one transaction each, under the trade's row lock and both agents' locks
 * ({@link TradeLocks}), that checks every rule for both agents ({@link TradeCheck}) and then moves the shifts. The
 * hours keep their client channel and times, so no seat changes: coverage stays what it was, only who works it does.
 */
@ApplicationScoped
public class TradeAcceptance {

    /** The rule a trade breaks when a shift has changed (released, claimed into, traded) since it was offered. */
    static final String AS_OFFERED = "shift as offered";

    @Inject
    TradeLocks locks;

    @Inject
    TradeCheck check;

    @Inject
    PublishedWeeks published;

    @Inject
    ShiftMoves moves;

    @Inject
    SelfServiceLog log;

    @Inject
    Event<TradeSettled> settledEvents;

    @Inject
    Clock clock;

    @Transactional
    public TradeView accept(long tradeId, AcceptRequest request, String username) {
        ShiftTrade trade = locks.trade(tradeId);
        Instant now = clock.instant();
        TradeLocks.require(trade, TradeStatus.OPEN, now);
        String takerId = request.agentId();
        if (trade.toAgentId != null && !trade.toAgentId.equals(takerId)) {
            throw ProblemException.forbidden("Trade " + tradeId + " is offered to another agent");
        }
        if (takerId.equals(trade.fromAgentId)) {
            throw ProblemException.rulesBroken(
                    "The trade",
                    List.of(Violation.ofRule(
                                    "own offer", "Trade " + tradeId + " is your own offer; withdraw it instead")
                            .of(takerId)));
        }
        if (request.swapShiftId() == null && (request.swapStart() != null || request.swapEnd() != null)) {
            throw ProblemException.invalidField("swapShiftId", "is required with swapStart or swapEnd");
        }
        Map<String, AgentProfile> agents = locks.agents(trade.fromAgentId, takerId);
        Hours swap = null;
        if (request.swapShiftId() != null) {
            Shift shift = locks.publishedShiftOf(takerId, request.swapShiftId());
            swap = locks.hours(shift, request.swapStart(), request.swapEnd(), "swapStart", "swapEnd");
        }
        trade.acceptedBy = takerId;
        trade.acceptedAt = now;
        if (swap != null) {
            trade.swapShiftId = swap.shift().shiftId();
            trade.swapClientId = swap.channel().clientId();
            trade.swapChannel = swap.channel().channel();
            trade.swapShiftStart = swap.shift().shift().start();
            trade.swapShiftEnd = swap.shift().shift().end();
            trade.swapStart = swap.range().start();
            trade.swapEnd = swap.range().end();
        }
        // Refused below, the transaction rolls back: the acceptance written on the row above is never stored.
        TradeParties parties = checked(trade, agents, now);
        if (parties.needsApproval()) {
            trade.status = TradeStatus.AWAITING_APPROVAL;
            return TradeMapper.view(trade, now);
        }
        complete(trade, parties, username);
        return TradeMapper.view(trade, now);
    }

    /** A planner lets an accepted trade go through: every rule is checked again, as things are now. */
    @Transactional
    public TradeView approve(long tradeId, String username) {
        ShiftTrade trade = locks.trade(tradeId);
        Instant now = clock.instant();
        TradeLocks.require(trade, TradeStatus.AWAITING_APPROVAL, now);
        TradeParties parties = checked(trade, locks.agents(trade.fromAgentId, trade.acceptedBy), now);
        trade.decidedBy = username;
        trade.decidedAt = now;
        complete(trade, parties, username);
        return TradeMapper.view(trade, now);
    }

    /** Both sides read as they are now; a refusal (422) listing every rule broken, for each agent, unless all pass. */
    private TradeParties checked(ShiftTrade trade, Map<String, AgentProfile> agents, Instant now) {
        List<Violation> changed = new ArrayList<>();
        Optional<Shift> offered =
                asOffered(trade.fromAgentId, trade.shiftId, new TimeSpan(trade.shiftStart, trade.shiftEnd), changed);
        Optional<Shift> swapped = trade.isSwap()
                ? asOffered(
                        trade.acceptedBy,
                        trade.swapShiftId,
                        new TimeSpan(trade.swapShiftStart, trade.swapShiftEnd),
                        changed)
                : Optional.empty();
        if (!changed.isEmpty()) {
            throw ProblemException.rulesBroken("The trade", changed);
        }
        TradeParties parties = new TradeParties(
                agents.get(trade.fromAgentId),
                agents.get(trade.acceptedBy),
                locks.hours(offered.orElseThrow(), new TimeSpan(trade.start, trade.end)),
                swapped.map(s -> locks.hours(s, new TimeSpan(trade.swapStart, trade.swapEnd)))
                        .orElse(null));
        List<Violation> broken = check.broken(parties, now);
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken("The trade", broken);
        }
        return parties;
    }

    /** The shift, when it is still the agent's published shift with the times it had; a violation otherwise. */
    private Optional<Shift> asOffered(String agentId, long shiftId, TimeSpan was, List<Violation> changed) {
        Optional<Shift> shift = published
                .publishedShift(shiftId)
                .filter(s -> s.shift().agentId().equals(agentId) && s.span().equals(was));
        if (shift.isEmpty()) {
            changed.add(Violation.ofRule(
                            AS_OFFERED,
                            "Shift " + shiftId + " (" + was.start() + "–" + was.end()
                                    + ") has changed since it was traded: released, claimed into or traded away")
                    .of(agentId));
        }
        return shift;
    }

    /** The hours move: the giver's shift is cut, the taker's made or stretched, and the other way in a swap. */
    private void complete(ShiftTrade trade, TradeParties parties, String username) {
        Hours offered = parties.offered();
        Hours swap = parties.swap();
        moves.cut(offered.shift(), offered.range(), parties.giver(), offered.clientWeek());
        if (swap != null) {
            moves.cut(swap.shift(), swap.range(), parties.taker(), swap.clientWeek());
        }
        Shift taken = moves.give(
                parties.taker(),
                offered.shift().scheduleId(),
                offered.channel(),
                offered.range(),
                offered.clientWeek());
        logMove(
                trade,
                username,
                parties.giver().id(),
                LogAction.TRADE_GIVE,
                offered,
                offered.shift().shiftId());
        logMove(trade, username, parties.taker().id(), LogAction.TRADE_TAKE, offered, taken.shiftId());
        if (swap != null) {
            Shift back = moves.give(
                    parties.giver(), swap.shift().scheduleId(), swap.channel(), swap.range(), swap.clientWeek());
            logMove(
                    trade,
                    username,
                    parties.taker().id(),
                    LogAction.TRADE_GIVE,
                    swap,
                    swap.shift().shiftId());
            logMove(trade, username, parties.giver().id(), LogAction.TRADE_TAKE, swap, back.shiftId());
        }
        trade.status = TradeStatus.COMPLETED;
        settledEvents.fire(TradeSettled.of(trade));
    }

    private void logMove(
            ShiftTrade trade, String username, String agentId, LogAction action, Hours hours, long shiftId) {
        log.append(LogEntry.of(
                username,
                agentId,
                action,
                LogOutcome.DONE,
                hours.channel().clientId(),
                hours.channel().channel(),
                hours.range().start(),
                hours.range().end(),
                1,
                Duration.between(hours.range().start(), hours.range().end()).toMinutes(),
                shiftId,
                null,
                "trade " + trade.id));
    }
}

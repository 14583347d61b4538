package org.openwfm.selfservice.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.selfservice.ShiftPart;
import org.openwfm.selfservice.trade.TradeParties.Hours;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * The rows a trade runs under, always in one order: the trade row first, then both agents' rows by id. Claims and
 * releases lock their agent's row first too, so none of them runs on either agent's shifts while a trade does, and
 * two acceptances of one trade, or a trade and a claim of the same hours, cannot interleave.
 */
@ApplicationScoped
class TradeLocks {

    @Inject
    TradeStore trades;

    @Inject
    AgentDirectory agents;

    @Inject
    ClientDirectory clients;

    @Inject
    PublishedWeeks published;

    ShiftTrade trade(long tradeId) {
        return trades.lock(tradeId).orElseThrow(() -> ProblemException.notFound("Trade", String.valueOf(tradeId)));
    }

    /** Both agents, locked in the order of their ids (the order every trade takes them in, so none deadlocks). */
    Map<String, AgentProfile> agents(String one, String other) {
        Map<String, AgentProfile> locked = new TreeMap<>();
        for (String id : new TreeSet<>(List.of(one, other))) {
            locked.put(id, agents.lock(id).orElseThrow(() -> ProblemException.notFound("Agent", id)));
        }
        return locked;
    }

    /** The agent's shift in a published schedule; any other shift is as good as unknown to this agent. */
    Shift publishedShiftOf(String agentId, long shiftId) {
        return published
                .publishedShift(shiftId)
                .filter(shift -> shift.shift().agentId().equals(agentId))
                .orElseThrow(() ->
                        ProblemException.notFound("Published shift of agent " + agentId, String.valueOf(shiftId)));
    }

    /**
     * The hours of a shift a request names (the whole shift when it names none), on the channel's grain and inside
     * the shift, with the channel's rules.
     */
    Hours hours(Shift shift, String startText, String endText, String startField, String endField) {
        Hours whole = hours(shift, shift.span());
        TimeSpan range = ShiftPart.of(shift, startText, endText, whole.rules().intervalMinutes(), startField, endField);
        return new Hours(shift, range, whole.rules(), whole.clientWeek());
    }

    /** The hours of a shift with its channel's rules; a channel gone since is a conflict a planner must resolve. */
    Hours hours(Shift shift, TimeSpan range) {
        ClientProfile client = clients.get(shift.shift().channel().clientId());
        ChannelProfile rules = client.channel(shift.shift().channel().channel())
                .orElseThrow(() -> ProblemException.conflict("Client '" + client.id() + "' no longer has the "
                        + shift.shift().channel().channel() + " channel of shift " + shift.shiftId()
                        + "; ask a planner"));
        return Hours.of(shift, range, client, rules);
    }

    /** A refusal unless the trade reads as the status wanted now: an expired one says when it expired. */
    static void require(ShiftTrade trade, TradeStatus wanted, Instant now) {
        TradeStatus status = trade.statusAt(now);
        if (status == TradeStatus.EXPIRED) {
            throw ProblemException.conflict("Trade " + trade.id + " expired at " + trade.expiresAt
                    + ": its hours are inside the channel's notice window");
        }
        if (status != wanted) {
            throw ProblemException.conflict("Trade " + trade.id + " is " + status + ", not " + wanted);
        }
    }
}

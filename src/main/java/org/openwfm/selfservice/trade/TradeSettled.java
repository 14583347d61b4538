package org.openwfm.selfservice.trade;

import java.time.Instant;

/**
 * A CDI event fired inside the transaction that ends a trade: COMPLETED (the hours moved), DENIED by a planner, or
 * WITHDRAWN by the offerer.
 *
 * @param toAgentId the agent who accepted it, or null when no one did (a withdrawn offer)
 * @param decidedBy the planner who approved or denied it, the offerer who withdrew it, or null for a trade completed
 *     when accepted
 */
public record TradeSettled(
        long tradeId,
        String status,
        String fromAgentId,
        String toAgentId,
        String clientId,
        String channel,
        Instant start,
        Instant end,
        String decidedBy,
        String denyReason) {

    static TradeSettled of(ShiftTrade trade) {
        return new TradeSettled(
                trade.id,
                trade.status.name(),
                trade.fromAgentId,
                trade.acceptedBy,
                trade.clientId,
                trade.channel.name(),
                trade.start,
                trade.end,
                trade.decidedBy,
                trade.denyReason);
    }

    /** A planner approved or denied it (the offerer's withdrawal and a completion at acceptance are not). */
    public boolean byPlanner() {
        return decidedBy != null && !decidedBy.equals(fromAgentId) && !status.equals("WITHDRAWN");
    }
}

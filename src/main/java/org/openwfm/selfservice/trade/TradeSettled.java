package org.openwfm.selfservice.trade;

/**
 * A CDI event fired inside the transaction that ends a trade: COMPLETED (the hours moved), DENIED by a planner, or
 * WITHDRAWN by the offerer.
 *
 * @param toAgentId the agent who accepted it, or null when no one did (a withdrawn offer)
 */
public record TradeSettled(long tradeId, String status, String fromAgentId, String toAgentId) {

    static TradeSettled of(ShiftTrade trade) {
        return new TradeSettled(trade.id, trade.status.name(), trade.fromAgentId, trade.acceptedBy);
    }
}

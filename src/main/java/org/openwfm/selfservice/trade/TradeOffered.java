package org.openwfm.selfservice.trade;

import java.time.Instant;
import org.openwfm.client.Channel;

/**
 * A CDI event fired inside the transaction that stores a new offer, for features that tell agents about it.
 *
 * @param toAgentId the colleague it is offered to, or null for anyone certified for the channel
 * @param expiresAt when the hours enter the channel's notice window and the offer lapses
 */
public record TradeOffered(
        long tradeId,
        String fromAgentId,
        String toAgentId,
        String clientId,
        String channel,
        Instant start,
        Instant end,
        Instant expiresAt) {

    static TradeOffered of(ShiftTrade trade) {
        Channel channel = trade.channel;
        return new TradeOffered(
                trade.id,
                trade.fromAgentId,
                trade.toAgentId,
                trade.clientId,
                channel.name(),
                trade.start,
                trade.end,
                trade.expiresAt);
    }
}

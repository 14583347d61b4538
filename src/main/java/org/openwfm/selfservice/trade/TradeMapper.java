package org.openwfm.selfservice.trade;

import java.time.Instant;
import org.openwfm.selfservice.trade.api.TradeViews.SwapView;
import org.openwfm.selfservice.trade.api.TradeViews.TradeView;

/** A trade row as the API shows it, its status read at the given time. */
final class TradeMapper {

    private TradeMapper() {}

    static TradeView view(ShiftTrade t, Instant now) {
        return new TradeView(
                t.id,
                t.fromAgentId,
                t.toAgentId,
                t.clientId,
                t.channel,
                t.shiftId,
                t.start,
                t.end,
                t.statusAt(now).name(),
                t.expiresAt,
                t.note,
                t.createdAt,
                t.acceptedBy,
                t.acceptedAt,
                t.isSwap() ? new SwapView(t.swapShiftId, t.swapClientId, t.swapChannel, t.swapStart, t.swapEnd) : null,
                t.decidedBy,
                t.decidedAt,
                t.denyReason);
    }
}

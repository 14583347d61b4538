package org.openwfm.staffing.adjustment;

import java.time.Instant;
import org.openwfm.client.Channel;
import org.openwfm.staffing.AdjustmentKind;

/** An adjustment as the API answers it; {@code withdrawnBy} and {@code withdrawnAt} are null while it is in force. */
public record AdjustmentView(
        long id,
        String clientId,
        Channel channel,
        Instant start,
        Instant end,
        AdjustmentKind kind,
        int agents,
        String note,
        String createdBy,
        Instant createdAt,
        boolean withdrawn,
        String withdrawnBy,
        Instant withdrawnAt) {

    static AdjustmentView of(RequirementAdjustment a) {
        return new AdjustmentView(
                a.id,
                a.clientId,
                a.channel,
                a.start,
                a.end,
                a.kind,
                a.agents,
                a.note,
                a.createdBy,
                a.createdAt,
                a.withdrawn(),
                a.withdrawnBy,
                a.withdrawnAt);
    }
}

package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.events.EventLog;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotsChanged;
import org.openwfm.selfservice.api.SelfServiceViews.SlotCount;
import org.openwfm.shared.time.TimeSpan;

/** Announces changed seats on the event stream, in the transaction that changed them. */
@ApplicationScoped
class SeatNews {

    @Inject
    EventLog events;

    @Inject
    OpenSlotStore slots;

    /** A few intervals changed (a claim, a release): the event carries their new counts. */
    void changed(ChannelKey channel, TimeSpan span) {
        List<SlotCount> counts = slots.rows(channel, span.start(), span.end()).stream()
                .map(r -> new SlotCount(r.start(), r.seats().open()))
                .toList();
        events.append(
                EventLog.OPEN_SLOTS,
                EventLog.EVERYONE,
                new OpenSlotsChanged(channel.clientId(), channel.channel(), span.start(), span.end(), counts));
    }

    /** Many intervals changed (a publish, a forecast revision): listeners read the span again. */
    void recomputed(ChannelKey channel, Instant from, Instant to) {
        events.append(
                EventLog.OPEN_SLOTS,
                EventLog.EVERYONE,
                new OpenSlotsChanged(channel.clientId(), channel.channel(), from, to, null));
    }
}

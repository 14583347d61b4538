package org.openwfm.selfservice;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openwfm.events.EventLog;
import org.openwfm.roster.Span;
import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.selfservice.SelfServiceViews.OpenSlotsChanged;
import org.openwfm.selfservice.SelfServiceViews.SlotCount;

/** Announces changed seats on the event stream, in the transaction that changed them. */
@ApplicationScoped
class SeatNews {

    @Inject
    EventLog events;

    @Inject
    OpenSlotStore slots;

    /** A few intervals changed (a claim, a release): the event carries their new counts. */
    void changed(ChannelKey channel, Span span) {
        List<SlotCount> counts = slots.rows(channel, span.start(), span.end()).stream()
                .map(r -> new SlotCount(r.start(), r.seats().open())).toList();
        events.append(EventLog.OPEN_SLOTS, EventLog.EVERYONE,
                new OpenSlotsChanged(channel.clientId(), channel.channel(), span.start(), span.end(), counts));
    }

    /** Many intervals changed (a publish, a forecast revision): listeners read the span again. */
    void recomputed(ChannelKey channel, Instant from, Instant to) {
        events.append(EventLog.OPEN_SLOTS, EventLog.EVERYONE,
                new OpenSlotsChanged(channel.clientId(), channel.channel(), from, to, null));
    }
}

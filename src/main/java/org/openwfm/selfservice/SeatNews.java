package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.events.EventLog;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotsChanged;
import org.openwfm.selfservice.api.SelfServiceViews.SlotCount;
import org.openwfm.shared.time.TimeSpan;

/**
 * Announces changed seats on the event stream, in the transaction that changed them; where seats were opened, also to
 * the application as {@link SeatsOpened}.
 */
@ApplicationScoped
class SeatNews {

    @Inject
    EventLog events;

    @Inject
    OpenSlotStore slots;

    @Inject
    Event<SeatsOpened> opened;

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

    /** Seats were added on a few intervals (a planner's release, an agent's): announced as changed, and as opened. */
    void opened(ChannelKey channel, TimeSpan span) {
        changed(channel, span);
        opened.fire(new SeatsOpened(channel, span.start(), span.end()));
    }

    /** Seats were added somewhere in [from, to) of a recomputed span. */
    void opened(ChannelKey channel, Instant from, Instant to) {
        opened.fire(new SeatsOpened(channel, from, to));
    }

    /** Many intervals changed (a publish, a forecast revision): listeners read the span again. */
    void recomputed(ChannelKey channel, Instant from, Instant to) {
        events.append(
                EventLog.OPEN_SLOTS,
                EventLog.EVERYONE,
                new OpenSlotsChanged(channel.clientId(), channel.channel(), from, to, null));
    }
}

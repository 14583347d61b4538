package org.openwfm.selfservice;

import java.time.Instant;
import org.openwfm.client.ChannelKey;

/**
 * An interval's seats as stored.
 *
 * @param required agents required (after shrinkage) when last computed; null where no solved schedule is published
 * @param planned  agents the published solved schedule put on the interval; null likewise
 * @param openedAt when the seats last went from none to some; access tiers count their delay from here
 */
record SlotRow(
        ChannelKey channel,
        Instant start,
        Instant end,
        Integer required,
        Integer planned,
        SeatLedger seats,
        Instant openedAt) {

    SlotRow with(Integer newRequired, SeatLedger newSeats, Instant now) {
        Instant opened = seats.open() == 0 && newSeats.open() > 0 ? now : openedAt;
        return new SlotRow(channel, start, end, newRequired, planned, newSeats, opened);
    }
}

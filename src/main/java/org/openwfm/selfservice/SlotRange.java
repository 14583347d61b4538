package org.openwfm.selfservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientProfile;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;

/**
 * A range of intervals on a client channel, as a claim or a planner's release names it: on the channel's
 * grain, end after start, and inside one week of the client (Monday to Monday in its zone), the week
 * whose published schedule the hours belong to.
 */
record SlotRange(ChannelKey channel, ChannelProfile rules, ZoneId clientZone, TimeSpan span, LocalDate weekStart) {

    /** Reads the request's fields; a bad one is a 400 naming it. */
    static SlotRange parse(ClientProfile client, Channel channel, String startText, String endText) {
        ChannelProfile rules = client.channel(channel)
                .orElseThrow(() -> InvalidRequestException.field(
                        "channel", "client '" + client.id() + "' has no " + channel + " channel"));
        Instant start = onGrain("start", RequestParams.requiredInstant("start", startText), rules.intervalMinutes());
        Instant end = onGrain("end", RequestParams.requiredInstant("end", endText), rules.intervalMinutes());
        if (!end.isAfter(start)) {
            throw InvalidRequestException.field("end", "must be after start");
        }
        ZoneId zone = ZoneId.of(client.timeZone());
        LocalDate week = Weeks.mondayOf(start, zone);
        Instant weekEnd = week.plusWeeks(1).atStartOfDay(zone).toInstant();
        if (end.isAfter(weekEnd)) {
            throw InvalidRequestException.field(
                    "end",
                    "a range lies within one week of the client (Monday to Monday in " + zone + "); split it at "
                            + weekEnd);
        }
        return new SlotRange(new ChannelKey(client.id(), channel), rules, zone, new TimeSpan(start, end), week);
    }

    List<Instant> intervals() {
        long step = rules.intervalMinutes() * 60L;
        return Stream.iterate(span.start(), t -> t.isBefore(span.end()), t -> t.plusSeconds(step))
                .toList();
    }

    /** The client channel as the claim rules see it. */
    ClaimContext.SlotTerms terms(Map<Instant, Instant> openedAt) {
        return new ClaimContext.SlotTerms(
                channel, clientZone, rules.intervalMinutes(), t -> rules.isOpenAt(t.atZone(clientZone)), openedAt);
    }

    private static Instant onGrain(String field, Instant instant, int grainMinutes) {
        if (!Grain.isOnGrain(instant, grainMinutes)) {
            throw InvalidRequestException.field(
                    field, instant + " is not on the channel's " + grainMinutes + "-minute grain");
        }
        return instant;
    }
}

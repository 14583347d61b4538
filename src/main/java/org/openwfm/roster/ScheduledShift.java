package org.openwfm.roster;

import java.time.Instant;

import org.openwfm.roster.domain.ChannelKey;

/** A shift as a schedule holds it, in UTC instants on the grain. */
public record ScheduledShift(String agentId, ChannelKey channel, Instant start, Instant end) {
}

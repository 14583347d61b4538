package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;

import org.openwfm.roster.Span;
import org.openwfm.roster.domain.ChannelKey;

/**
 * What the release rules look at.
 *
 * @param shift the published shift hours are taken from
 * @param range the hours given back, inside the shift
 */
record ReleaseContext(Instant now, ZoneId agentZone, ChannelKey channel, int noticeHours, double minShiftHours,
        double minRestHours, Span shift, Span range) {
}

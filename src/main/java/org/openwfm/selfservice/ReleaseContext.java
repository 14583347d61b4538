package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.time.TimeSpan;

/**
 * What the release rules look at.
 *
 * @param shift the published shift hours are taken from
 * @param range the hours given back, inside the shift
 */
record ReleaseContext(
        Instant now,
        ZoneId agentZone,
        ChannelKey channel,
        int noticeHours,
        double minShiftHours,
        double minRestHours,
        TimeSpan shift,
        TimeSpan range) {}

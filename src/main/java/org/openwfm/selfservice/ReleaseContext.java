package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.ContractTerms;

/**
 * What the release rules look at.
 *
 * @param shift the published shift hours are taken from
 * @param range the hours given back, inside the shift
 * @param terms the agent's contract, which what is left of the shift must keep
 * @param sessions the agent's published sessions (meetings, coaching, training) that overlap the released hours
 */
record ReleaseContext(
        Instant now,
        ZoneId agentZone,
        ChannelKey channel,
        int noticeHours,
        ContractTerms terms,
        TimeSpan shift,
        TimeSpan range,
        List<ScheduledActivity> sessions) {}

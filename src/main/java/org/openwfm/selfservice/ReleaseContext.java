package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.ContractTerms;

/**
 * What the release rules look at.
 *
 * @param shift the published shift hours are taken from
 * @param range the hours given back, inside the shift
 * @param terms the agent's contract, which what is left of the shift must keep
 */
record ReleaseContext(
        Instant now,
        ZoneId agentZone,
        ChannelKey channel,
        int noticeHours,
        ContractTerms terms,
        TimeSpan shift,
        TimeSpan range) {}

package org.openwfm.staffing;

import org.openwfm.client.Channel;
import org.openwfm.client.ClientChannel;
import org.openwfm.staffing.queueing.StaffingRules;

/** The one place where a client channel's coverage rules become the staffing math's rules. */
final class CoverageRules {

    private CoverageRules() {}

    static StaffingRules of(ClientChannel channel) {
        return new StaffingRules(
                mode(channel.channel),
                channel.serviceLevelTarget,
                channel.answerWithinSeconds,
                channel.maxOccupancy,
                channel.shrinkage,
                channel.minAgents,
                channel.concurrency,
                channel.patienceSeconds == null ? null : channel.patienceSeconds.doubleValue(),
                channel.maxAbandonRate);
    }

    static StaffingRules.Mode mode(Channel channel) {
        return channel == Channel.EMAIL ? StaffingRules.Mode.WORKLOAD : StaffingRules.Mode.QUEUE;
    }
}

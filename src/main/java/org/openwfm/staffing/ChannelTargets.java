package org.openwfm.staffing;

import org.openwfm.client.Channel;
import org.openwfm.client.ChannelProfile;
import org.openwfm.staffing.queueing.ServiceTargets;

/** The one place where a client channel's coverage rules become the staffing math's rules. */
final class ChannelTargets {

    private ChannelTargets() {}

    static ServiceTargets of(ChannelProfile channel) {
        return new ServiceTargets(
                mode(channel.channel()),
                channel.serviceLevelTarget(),
                channel.answerWithinSeconds(),
                channel.maxOccupancy(),
                channel.shrinkage(),
                channel.minAgents(),
                channel.concurrency(),
                channel.patienceSeconds() == null
                        ? null
                        : channel.patienceSeconds().doubleValue(),
                channel.maxAbandonRate());
    }

    static ServiceTargets.Mode mode(Channel channel) {
        return channel == Channel.EMAIL ? ServiceTargets.Mode.WORKLOAD : ServiceTargets.Mode.QUEUE;
    }
}

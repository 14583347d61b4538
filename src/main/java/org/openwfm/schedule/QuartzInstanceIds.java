package org.openwfm.schedule;

import org.openwfm.shared.config.NodeIdentity;
import org.quartz.spi.InstanceIdGenerator;

/**
 * Names this process in Quartz's cluster: host name and process id. Quartz's own default (host name and start
 * time in milliseconds) gave two replicas started together on one host the same name, and a cluster that takes
 * two members for one never sees either fail. Quartz makes this class itself (see application.properties).
 */
public class QuartzInstanceIds implements InstanceIdGenerator {

    @Override
    public String generateInstanceId() {
        return NodeIdentity.hostAndPid();
    }
}

package org.openwfm.shared.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name this process goes by among the service's replicas: {@code openwfm.node-id}, or the host name and
 * process id, which tell apart two replicas on one machine as well as on two.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    OpenWfmConfig config;

    public String nodeId() {
        return config.nodeId().filter(id -> !id.isBlank()).orElseGet(NodeIdentity::hostAndPid);
    }

    public static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}

package org.openwfm.forecast;

import org.openwfm.client.Channel;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.shared.error.ProblemException;

/** A read of a client channel's curve (forecast or actuals) names a client and one of its channels, else 400. */
public final class KnownChannel {

    private KnownChannel() {}

    public static void require(ClientDirectory clients, String clientId, Channel channel) {
        ClientProfile client = clients.find(clientId)
                .orElseThrow(() -> ProblemException.invalidField("clientId", "no client '" + clientId + "'"));
        if (client.channel(channel).isEmpty()) {
            throw ProblemException.invalidField("channel", "client '" + clientId + "' has no " + channel + " channel");
        }
    }
}

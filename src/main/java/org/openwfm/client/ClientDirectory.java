package org.openwfm.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.openwfm.shared.error.ProblemException;

/** How other features read clients: profiles copied inside the caller's transaction, never the rows. */
@ApplicationScoped
public class ClientDirectory {

    @Inject
    ClientRepository clients;

    /** Every client with its channels, ordered by id. */
    public List<ClientProfile> all() {
        return clients.listWithChannels().stream().map(ClientProfile::of).toList();
    }

    /** A client that other rows still reference, so it must exist. */
    public ClientProfile get(String clientId) {
        return ClientProfile.of(clients.findById(clientId));
    }

    public Optional<ClientProfile> find(String clientId) {
        return clients.findByIdOptional(clientId).map(ClientProfile::of);
    }

    /** A client a request names: 400 on {@code clientId} when there is none. */
    public ClientProfile require(String clientId) {
        return find(clientId)
                .orElseThrow(() -> ProblemException.invalidField("clientId", "no client '" + clientId + "'"));
    }

    /** A client channel a request names: 400 on {@code clientId} or {@code channel} when there is none. */
    public ChannelProfile requireChannel(String clientId, Channel channel) {
        return require(clientId)
                .channel(channel)
                .orElseThrow(() -> ProblemException.invalidField(
                        "channel", "client '" + clientId + "' has no " + channel + " channel"));
    }
}

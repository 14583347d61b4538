package org.openwfm.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

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
}

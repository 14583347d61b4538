package org.openwfm.client;

import java.util.List;
import java.util.Optional;

/** A client as other features read it: its zone and its channels (in channel order), copied out of the rows. */
public record ClientProfile(String id, String name, String timeZone, List<ChannelProfile> channels) {

    public ClientProfile {
        channels = List.copyOf(channels);
    }

    static ClientProfile of(Client row) {
        return new ClientProfile(
                row.id,
                row.name,
                row.timeZone,
                row.channels.stream().map(ChannelProfile::of).toList());
    }

    public Optional<ChannelProfile> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel() == channel).findFirst();
    }
}

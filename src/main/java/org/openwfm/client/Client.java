package org.openwfm.client;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A company whose customers the center serves, open in its own time zone on one or more channels. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Version
    public long version;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("channel")
    public List<ClientChannel> channels = new ArrayList<>();

    public Optional<ClientChannel> channel(Channel channel) {
        return channels.stream().filter(c -> c.channel == channel).findFirst();
    }
}

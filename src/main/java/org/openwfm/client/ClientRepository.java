package org.openwfm.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, String> {

    /** Every client with its channels, in one query (opening hours follow eagerly). */
    public List<Client> listWithChannels() {
        return find("select distinct c from Client c left join fetch c.channels order by c.id")
                .list();
    }

    /** The channels of each named client that exists: what other features check references against. */
    public Map<String, Set<Channel>> channelsOf(List<String> clientIds) {
        return list("id in ?1", clientIds).stream()
                .collect(Collectors.toMap(
                        c -> c.id,
                        c -> c.channels.stream().map(channel -> channel.channel).collect(Collectors.toSet())));
    }
}

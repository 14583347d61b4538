package org.openwfm.client;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, String> {

    /** Every client with its channels, in one query (opening hours follow eagerly). */
    public List<Client> listWithChannels() {
        return find("select distinct c from Client c left join fetch c.channels order by c.id")
                .list();
    }
}

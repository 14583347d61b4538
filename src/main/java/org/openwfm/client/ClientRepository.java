package org.openwfm.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, String> {

    /** Every client with its channels, in one query (opening hours follow eagerly). */
    public List<Client> listWithChannels() {
        return find("select distinct c from Client c left join fetch c.channels order by c.id").list();
    }
}

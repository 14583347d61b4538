package org.openwfm.workforce;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, String> {

    public List<Agent> listOrdered() {
        return find("order by id").list();
    }
}

package org.openwfm.workforce;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, String> {

    public List<Agent> listOrdered() {
        return find("order by id").list();
    }
}

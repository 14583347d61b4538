package org.openwfm.workforce.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SupervisorRepository implements PanacheRepositoryBase<Supervisor, String> {

    public List<Supervisor> listOrdered() {
        return find("order by id").list();
    }
}

package org.openwfm.workforce.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, String> {

    public List<Team> listOrdered() {
        return find("order by id").list();
    }

    public List<Team> ledBy(String supervisorId) {
        return find("supervisorId = ?1 order by id", supervisorId).list();
    }

    /** The teams any of the agents belongs to, in id order. */
    public List<Team> withAnyOf(Collection<String> agentIds) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return find("select distinct t from Team t join t.members m where m in ?1 order by t.id", agentIds)
                .list();
    }
}

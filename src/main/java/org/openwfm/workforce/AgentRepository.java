package org.openwfm.workforce;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AgentRepository implements PanacheRepositoryBase<Agent, String> {

    public List<Agent> listOrdered() {
        return find("order by id").list();
    }

    /**
     * Locks every agent's row, in id order. Claims and releases lock their agent's row first, so a publish
     * that takes this waits for those in flight and they wait for it: none slips in between its checks and
     * its commit (whatever certifications change meanwhile).
     */
    public void lockAll() {
        getEntityManager()
                .createNativeQuery("select id from agent order by id for update")
                .getResultList();
    }
}

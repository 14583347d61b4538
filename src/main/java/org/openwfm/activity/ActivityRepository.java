package org.openwfm.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, Long> {

    public List<Activity> listOrdered() {
        return find("order by id").list();
    }

    public long countOfTeam(String teamId) {
        return count("teamId", teamId);
    }

    public long countLedBy(String supervisorId) {
        return count("supervisorId", supervisorId);
    }
}

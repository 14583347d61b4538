package org.openwfm.access;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** The audit log of changes to users, written in the transaction that makes the change. */
@ApplicationScoped
public class UserAudit {

    /** The actor of changes the service makes from its configuration, such as the initial admin. */
    public static final String CONFIGURATION = "configuration";

    @Inject
    Clock clock;

    public void record(String actor, UserChange action, String username, String detail) {
        UserAuditEntry entry = new UserAuditEntry();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.username = username;
        entry.detail = detail;
        Panache.getEntityManager().persist(entry);
    }

    /** Newest first. */
    public List<UserAuditEntry> latest(int limit) {
        return Panache.getEntityManager()
                .createQuery("from UserAuditEntry order by id desc", UserAuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}

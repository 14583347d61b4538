package org.openwfm.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps replicas that start together from racing on first-start writes (the demo sample, the initial admin): each
 * such step locks the one row of {@code startup_lock} before it looks at the database. A second replica's step
 * waits there until the first one's transaction commits, then reads what it wrote and skips. A row lock rather
 * than an advisory lock: {@code select ... for update} reads the same on H2 and PostgreSQL, and ends with the
 * transaction whatever happens.
 */
@ApplicationScoped
public class StartupLock {

    @Inject
    EntityManager em;

    /**
     * Waits for any other replica's first-start step to commit, and holds later ones off until the caller's
     * transaction ends. Call it first, before reading what decides whether there is work to do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold() {
        em.createNativeQuery("select id from startup_lock where id = 1 for update")
                .getResultList();
    }
}

package org.openwfm.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<AppUser, String> {

    /** Admins who can still sign in: the service never lets this fall to zero. */
    long countEnabledAdmins() {
        return count("role = ?1 and disabled = false", Roles.ADMIN);
    }

    /**
     * Locks every admin row until the transaction ends, so two admins demoting or disabling each other at once
     * cannot both see the other as the remaining admin.
     */
    void lockAdmins() {
        find("role", Roles.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Admins who can sign in outside demo mode: enabled, and not a demo user with a known password. */
    long countRealAdmins() {
        return count("role = ?1 and disabled = false and demo = false", Roles.ADMIN);
    }
}

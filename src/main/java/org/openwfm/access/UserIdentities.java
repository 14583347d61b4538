package org.openwfm.access;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads a user and turns it into the identity every sign-in method grants: the user's one role and its agent or supervisor id. */
@ApplicationScoped
class UserIdentities {

    @Inject
    UserRepository users;

    /** The user as stored now, detached; null when there is none. */
    AppUser find(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser found = users.findById(username);
            if (found != null) {
                Panache.getEntityManager().detach(found);
            }
            return found;
        });
    }

    SecurityIdentity identityOf(AppUser user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role);
        if (user.agentId != null) {
            identity.addAttribute(Roles.AGENT_ID_ATTRIBUTE, user.agentId);
        }
        if (user.supervisorId != null) {
            identity.addAttribute(Roles.SUPERVISOR_ID_ATTRIBUTE, user.supervisorId);
        }
        return identity.build();
    }
}

package org.openwfm.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.openwfm.shared.error.ProblemException;

/** Who is calling, and the one rule every agent-facing endpoint shares: an agent acts only as itself. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String username() {
        return identity.getPrincipal().getName();
    }

    /** The caller's role; each user holds exactly one. */
    public String role() {
        return Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse(null);
    }

    public boolean isAgent() {
        return identity.hasRole(Roles.AGENT);
    }

    /** The agent id an agent user is bound to, or null for other roles. */
    public String agentId() {
        return identity.getAttribute(Roles.AGENT_ID_ATTRIBUTE);
    }

    /** Refuses an agent user that asks about another agent; other roles pass (their endpoint roles apply). */
    public void requireSelfIfAgent(String agentId) {
        if (isAgent() && !agentId.equals(agentId())) {
            throw ProblemException.forbidden("An agent may only act as itself");
        }
    }
}

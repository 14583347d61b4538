package org.openwfm.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.openwfm.shared.error.ProblemException;

/**
 * Who is calling, and the rules the endpoints share: an agent acts only as itself, a supervisor reads only what it
 * leads.
 */
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

    public boolean isSupervisor() {
        return identity.hasRole(Roles.SUPERVISOR);
    }

    /** The supervisor id a supervisor user is bound to, or null for other roles. */
    public String supervisorId() {
        return identity.getAttribute(Roles.SUPERVISOR_ID_ATTRIBUTE);
    }

    /**
     * What a reader of partly visible lists stands for: a supervisor user's supervisor id ("" when unbound, which
     * matches nothing), or null for the other roles, which see everything their endpoint roles allow.
     */
    public String supervisorScope() {
        if (!isSupervisor()) {
            return null;
        }
        String id = supervisorId();
        return id == null ? "" : id;
    }

    /** Refuses a supervisor user that asks about what another supervisor leads; other roles pass. */
    public void requireOwnIfSupervisor(String supervisorId) {
        if (isSupervisor() && !supervisorId.equals(supervisorScope())) {
            throw ProblemException.forbidden("A supervisor may only read what it leads");
        }
    }

    /** Refuses an agent user that asks about another agent; other roles pass (their endpoint roles apply). */
    public void requireSelfIfAgent(String agentId) {
        if (isAgent() && !agentId.equals(agentId())) {
            throw ProblemException.forbidden("An agent may only act as itself");
        }
    }
}

package org.openwfm.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The demo's users, whose passwords everyone knows: marked as demo users, so they sign in only while the
 * service runs in demo mode, whatever database they are found in later.
 */
@ApplicationScoped
public class DemoUsers {

    /** Every demo agent signs in with its id and this password. */
    public static final String AGENT_PASSWORD = "agent";

    /** A demo staff user; a supervisor user names its supervisor. */
    public record DemoUser(String username, String password, String role, String supervisorId) {}

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    public boolean anyUser() {
        return users.count() > 0;
    }

    /** Joins the caller's transaction: the demo's users come with its data or not at all. */
    public void create(List<DemoUser> staff, List<String> agentIds) {
        staff.forEach(u -> persist(u.username(), hasher.hash(u.password()), u.role(), null, u.supervisorId()));
        // One hash for all agents: 150 bcrypt rounds would add seconds to the first start.
        String agentHash = hasher.hash(AGENT_PASSWORD);
        agentIds.forEach(id -> persist(id, agentHash, Roles.AGENT, id, null));
    }

    private void persist(String username, String passwordHash, String role, String agentId, String supervisorId) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = passwordHash;
        user.role = role;
        user.agentId = agentId;
        user.supervisorId = supervisorId;
        user.demo = true;
        users.persist(user);
    }
}

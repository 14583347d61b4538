package org.openwfm.access;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;

/**
 * Users and their changes. Every change is audited in its own transaction, and a change that alters what a
 * user may do (password, role, agent or supervisor, disabled) ends the user's page sessions in that same transaction.
 */
@ApplicationScoped
public class UserService {

    @Inject
    UserRepository users;

    @Inject
    AgentDirectory agents;

    @Inject
    SupervisorDirectory supervisors;

    @Inject
    PasswordHasher hasher;

    @Inject
    UserSessions sessions;

    @Inject
    UserAudit audit;

    @Inject
    Credentials credentials;

    @Inject
    OpenWfmConfig config;

    public List<UserView> list() {
        return users.listAll().stream()
                .map(UserView::of)
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
    }

    @Transactional
    public UserView put(String actor, String username, UserRequest request) {
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.invalidField("username", "use 1 to 64 letters, digits, dots, dashes or underscores");
        }
        boolean isAgent = Roles.AGENT.equals(request.role());
        if (isAgent != (request.agentId() != null)) {
            throw ProblemException.invalidField("agentId", "is required for role agent and only for it");
        }
        if (isAgent && !agents.exists(request.agentId())) {
            throw ProblemException.invalidField("agentId", "no agent '" + request.agentId() + "'");
        }
        boolean isSupervisor = Roles.SUPERVISOR.equals(request.role());
        if (isSupervisor != (request.supervisorId() != null)) {
            throw ProblemException.invalidField("supervisorId", "is required for role supervisor and only for it");
        }
        if (isSupervisor && !supervisors.exists(request.supervisorId())) {
            throw ProblemException.unprocessable(
                    "supervisorId: no supervisor '" + request.supervisorId() + "'",
                    List.of(Violation.ofField("supervisorId", "no supervisor '" + request.supervisorId() + "'")));
        }
        AppUser user = users.findById(username);
        if (user == null && request.password() == null) {
            throw ProblemException.invalidField("password", "is required for a new user");
        }
        if (request.password() != null) {
            requireStrong("password", request.password());
        }
        if (user != null && !Roles.ADMIN.equals(request.role()) && isLastAdmin(user)) {
            throw ProblemException.conflict("'" + username + "' is the last admin; make another admin first");
        }
        return UserView.of(user == null ? create(actor, username, request) : update(actor, user, request));
    }

    private AppUser create(String actor, String username, UserRequest request) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = hasher.hash(request.password());
        user.role = request.role();
        user.agentId = request.agentId();
        user.supervisorId = request.supervisorId();
        users.persist(user);
        audit.record(actor, UserChange.CREATED, username, "role " + user.role);
        return user;
    }

    private AppUser update(String actor, AppUser user, UserRequest request) {
        boolean changed = false;
        if (request.password() != null) {
            user.passwordHash = hasher.hash(request.password());
            // A changed password is no longer a known demo password.
            user.demo = false;
            audit.record(actor, UserChange.PASSWORD_CHANGED, user.username, null);
            changed = true;
        }
        if (!user.role.equals(request.role())
                || !Objects.equals(user.agentId, request.agentId())
                || !Objects.equals(user.supervisorId, request.supervisorId())) {
            audit.record(
                    actor,
                    UserChange.ROLE_CHANGED,
                    user.username,
                    describe(user.role, user.agentId, user.supervisorId) + " -> "
                            + describe(request.role(), request.agentId(), request.supervisorId()));
            user.role = request.role();
            user.agentId = request.agentId();
            user.supervisorId = request.supervisorId();
            changed = true;
        }
        if (changed) {
            sessions.endAll(user.username);
        }
        return user;
    }

    @Transactional
    public UserView setDisabled(String actor, String username, boolean disabled) {
        AppUser user = users.findById(username);
        if (user == null) {
            throw ProblemException.notFound("User", username);
        }
        if (disabled && username.equals(actor)) {
            throw ProblemException.conflict("An admin cannot disable itself; ask another admin");
        }
        if (disabled && isLastAdmin(user)) {
            throw ProblemException.conflict("'" + username + "' is the last admin; make another admin first");
        }
        if (user.disabled != disabled) {
            user.disabled = disabled;
            audit.record(actor, disabled ? UserChange.DISABLED : UserChange.ENABLED, username, null);
            sessions.endAll(username);
        }
        return UserView.of(user);
    }

    /** The signed-in user's own change: the current password is checked like a sign-in (throttled, logged). */
    @Transactional
    public void changeOwnPassword(String username, PasswordChange change, String address) {
        try {
            credentials.check(username, change.currentPassword(), address);
        } catch (AuthenticationFailedException refused) {
            if (SignInRefusals.isThrottled(refused)) {
                throw refused;
            }
            throw ProblemException.invalidField("currentPassword", "is not the current password");
        }
        requireStrong("newPassword", change.newPassword());
        AppUser user = users.findById(username);
        user.passwordHash = hasher.hash(change.newPassword());
        user.demo = false;
        audit.record(username, UserChange.PASSWORD_CHANGED, username, "by the user");
        sessions.endAll(username);
    }

    public List<UserAuditEntry> audit(int limit) {
        return audit.latest(limit);
    }

    private void requireStrong(String field, String password) {
        int shortest = config.signIn().minPasswordLength();
        if (password.length() < shortest) {
            throw ProblemException.invalidField(field, "must be at least " + shortest + " characters");
        }
    }

    /**
     * Whether the user is the only admin who can still sign in (demo admins count only in demo mode); holds the
     * admin rows locked for the rest of the transaction, so two such changes cannot both pass.
     */
    private boolean isLastAdmin(AppUser user) {
        if (!Roles.ADMIN.equals(user.role) || !user.maySignIn(config.demo())) {
            return false;
        }
        users.lockAdmins();
        return (config.demo() ? users.countEnabledAdmins() : users.countRealAdmins()) <= 1;
    }

    private static String describe(String role, String agentId, String supervisorId) {
        if (supervisorId != null) {
            return role + " (supervisor " + supervisorId + ")";
        }
        return agentId == null ? role : role + " (agent " + agentId + ")";
    }
}

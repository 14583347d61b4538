package org.openwfm.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openwfm.shared.StartupLock;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Makes sure a database outside demo mode has an admin, and never one with a known password:
 * <ul>
 * <li>{@code openwfm.initial-admin-password} set: creates the admin with it, or finds it already applied;
 * a setting that cannot be applied (too short, in demo mode, or an admin with another password) stops the start
 * with the reason, rather than being ignored;</li>
 * <li>not set, and no admin can sign in: creates "admin" with a random password, shown once on the console
 * (standard output, not the logger).</li>
 * </ul>
 */
@ApplicationScoped
public class InitialAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    @Inject
    OpenWfmConfig config;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    UserAudit audit;

    @Inject
    UserSessions sessions;

    @Inject
    StartupLock startupLock;

    /**
     * Runs after the demo data, which brings its own admin. Each step holds the start-up lock: of replicas starting
     * together on an empty database, one creates the admin; the others wait for its commit and find the admin (the
     * setting already applied, or an admin who can sign in), rather than failing on a second "admin" row or printing
     * a second random password.
     */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (config.initialAdminPassword().isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                startupLock.hold();
                apply(config.initialAdminPassword().get());
            });
        } else if (!config.demo()) {
            QuarkusTransaction.requiringNew().run(() -> {
                startupLock.hold();
                createWithRandomPasswordIfNoAdmin();
            });
        }
    }

    private void apply(String password) {
        if (config.demo()) {
            throw new IllegalStateException("openwfm.initial-admin-password is set, but demo mode brings its own admin "
                    + "(admin/admin): unset one of openwfm.initial-admin-password and openwfm.demo");
        }
        int shortest = config.signIn().minPasswordLength();
        if (password.length() < shortest) {
            throw new IllegalStateException(
                    "openwfm.initial-admin-password must be at least " + shortest + " characters");
        }
        AppUser existing = users.findById(USERNAME);
        if (users.countRealAdmins() == 0) {
            setAdminPassword(existing, password);
            LOG.info("Set up the initial admin user 'admin' from openwfm.initial-admin-password");
        } else if (existing != null
                && Roles.ADMIN.equals(existing.role)
                && hasher.matches(password, existing.passwordHash)) {
            LOG.info("openwfm.initial-admin-password is already applied (user 'admin'); it can be removed");
        } else {
            throw new IllegalStateException(
                    "openwfm.initial-admin-password is set, but the database already has an admin "
                            + "who can sign in, and user 'admin' is not an admin with this password: the setting only creates the "
                            + "first admin. Remove it, or sign in as an admin and change passwords through the API");
        }
    }

    private void createWithRandomPasswordIfNoAdmin() {
        if (users.countRealAdmins() > 0) {
            return;
        }
        String password = PasswordHasher.randomPassword();
        setAdminPassword(users.findById(USERNAME), password);
        // Standard output, not the logger: it reaches the console, never a log file. Platforms that collect standard
        // output keep it too; there, set openwfm.initial-admin-password instead.
        System.out.printf(
                "%n=== OpenWFM: no admin could sign in, so user 'admin' now has the one-time password:%n"
                        + "===   %s%n=== Sign in and change it (PUT /api/v1/me/password); it is not shown again.%n%n",
                password);
        LOG.warn("User 'admin' got a random password, printed once on the console (standard output)");
    }

    /**
     * Creates "admin", or takes over a user of that name that cannot serve as admin (a demo user, a disabled
     * one, another role): with no admin able to sign in, that name is the operator's way back in.
     */
    private void setAdminPassword(AppUser existing, String password) {
        AppUser admin = existing == null ? new AppUser() : existing;
        admin.username = USERNAME;
        admin.passwordHash = hasher.hash(password);
        admin.role = Roles.ADMIN;
        admin.agentId = null;
        admin.disabled = false;
        admin.demo = false;
        if (existing == null) {
            users.persist(admin);
        } else {
            sessions.endAll(USERNAME);
        }
        audit.record(
                UserAudit.CONFIGURATION,
                existing == null ? UserChange.CREATED : UserChange.PASSWORD_CHANGED,
                USERNAME,
                "initial admin");
    }
}

package org.openwfm.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.openwfm.shared.config.OpenWfmConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Creates the first admin from {@code openwfm.initial-admin-password} when the database has none. */
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

    /** Runs after the sample data, which brings its own admin. */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        config.initialAdminPassword().ifPresent(password -> QuarkusTransaction.requiringNew().run(() -> {
            if (users.count("role", Roles.ADMIN) > 0 || users.findById(USERNAME) != null) {
                return;
            }
            AppUser admin = new AppUser();
            admin.username = USERNAME;
            admin.passwordHash = hasher.hash(password);
            admin.role = Roles.ADMIN;
            users.persist(admin);
            LOG.info("Created the initial admin user 'admin'");
        }));
    }
}

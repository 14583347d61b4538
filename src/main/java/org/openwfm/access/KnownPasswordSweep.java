package org.openwfm.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.openwfm.shared.StartupLock;

/**
 * Databases from before demo mode got the sample users (admin/admin, planner/planner, forecaster/forecaster,
 * A001 to A150 with "agent") on every embedded start, unmarked. At each start, users of those names whose
 * password is still the sample's are marked as demo users, so they sign in only in demo mode. Users of the same
 * name with a password of their own are left alone. Same-hash users are checked once: the sample gave all its
 * agents one hash, so a start pays for a handful of bcrypt checks at most.
 */
@ApplicationScoped
public class KnownPasswordSweep {

    private static final Logger LOG = Logger.getLogger(KnownPasswordSweep.class);
    private static final List<String> SAMPLE_STAFF = List.of("admin", "planner", "forecaster");

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    StartupLock startupLock;

    /** Before the initial admin is settled, which then replaces an "admin" this marks. */
    void onStart(@Observes @Priority(2500) StartupEvent event) {
        QuarkusTransaction.requiringNew().run(this::markKnownPasswords);
    }

    /**
     * Under the start-up lock: a replica starting beside another could otherwise read "admin" before the other's
     * initial admin replaces it, and then write that stale row back over the new admin.
     */
    int markKnownPasswords() {
        startupLock.hold();
        List<AppUser> candidates = users.list("demo = false").stream()
                .filter(KnownPasswordSweep::hasSampleName)
                .toList();
        Map<String, List<AppUser>> byHashAndPassword =
                candidates.stream().collect(Collectors.groupingBy(u -> samplePassword(u) + '\u0000' + u.passwordHash));
        int marked = 0;
        for (List<AppUser> same : byHashAndPassword.values()) {
            AppUser first = same.get(0);
            if (hasher.matches(samplePassword(first), first.passwordHash)) {
                same.forEach(u -> u.demo = true);
                marked += same.size();
            }
        }
        if (marked > 0) {
            LOG.warnf(
                    "%d users still had the sample's known passwords; they are now demo users and sign in only in demo "
                            + "mode",
                    marked);
        }
        return marked;
    }

    private static boolean hasSampleName(AppUser user) {
        return SAMPLE_STAFF.contains(user.username)
                || (Roles.AGENT.equals(user.role) && user.username.matches("A\\d{3}"));
    }

    private static String samplePassword(AppUser user) {
        return SAMPLE_STAFF.contains(user.username) ? user.username : DemoUsers.AGENT_PASSWORD;
    }
}

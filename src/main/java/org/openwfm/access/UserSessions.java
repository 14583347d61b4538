package org.openwfm.access;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openwfm.shared.Digests;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * The pages' sessions, kept in the database so that any replica knows them and ending one is immediate:
 * signing out deletes the session, and a changed password or role or a disabled user deletes all of the
 * user's. A session also ends after {@code openwfm.session.idle-timeout} unused and after
 * {@code openwfm.session.max-lifetime} in any case.
 */
@ApplicationScoped
public class UserSessions {

    /** A request moves the idle clock only this often, so reading pages does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /** Starts a session for the user and answers the token for its cookie (never stored as such). */
    @Transactional
    public String start(String username) {
        String token = PasswordHasher.randomPassword() + PasswordHasher.randomPassword();
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.tokenHash = Digests.sha256Hex(token);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(config.session().maxLifetime());
        Panache.getEntityManager().persist(session);
        return token;
    }

    /** The username of a live session, noting its use; empty for an unknown, ended or expired one. */
    @Transactional
    public Optional<String> use(String token) {
        UserSession session = Panache.getEntityManager().find(UserSession.class, Digests.sha256Hex(token));
        Instant now = clock.instant();
        if (session == null
                || !now.isBefore(session.expiresAt)
                || !now.isBefore(session.lastSeenAt.plus(config.session().idleTimeout()))) {
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt.plus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
        }
        return Optional.of(session.username);
    }

    @Transactional
    public void end(String token) {
        Panache.getEntityManager()
                .createQuery("delete from UserSession where tokenHash = ?1")
                .setParameter(1, Digests.sha256Hex(token))
                .executeUpdate();
    }

    /** Ends every session of the user; joins the caller's transaction, so it ends them only if the change commits. */
    @Transactional
    public int endAll(String username) {
        return Panache.getEntityManager()
                .createQuery("delete from UserSession where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    /**
     * Ended sessions are only rows now; any replica may delete them, and doing it twice is harmless. The first purge
     * waits {@code openwfm.session.purge-delay} (5 minutes) after the start; the tests push it past their run, as it
     * would change the tables they compare around each refused request.
     */
    @Scheduled(every = "1h", delayed = "${openwfm.session.purge-delay}", executeWith = Scheduled.SIMPLE)
    @Transactional
    void purgeExpired() {
        Instant now = clock.instant();
        Panache.getEntityManager()
                .createQuery("delete from UserSession where expiresAt <= ?1 or lastSeenAt <= ?2")
                .setParameter(1, now)
                .setParameter(2, now.minus(config.session().idleTimeout()))
                .executeUpdate();
    }
}

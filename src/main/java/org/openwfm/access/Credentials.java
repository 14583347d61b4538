package org.openwfm.access;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * The one password check of every sign-in (HTTP Basic and the sign-in page): throttled per username and
 * address, refused for disabled users and, outside demo mode, for demo users. Every refusal is logged with
 * the username and address, never the password.
 */
@ApplicationScoped
public class Credentials {

    private static final Logger LOG = Logger.getLogger(Credentials.class);

    @Inject
    UserIdentities identities;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    OpenWfmConfig config;

    /** The user whose password this is; throws {@link AuthenticationFailedException} otherwise. */
    public AppUser check(String username, String password, String address) {
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            refused(username, address, "too many failed attempts");
            throw SignInRefusals.comeBackIn(
                    wait.get(), "Too many failed sign-ins for this user or address; try again later");
        }
        AppUser user = identities.find(username);
        // Unknown users pay for a bcrypt check too, so timing does not tell which usernames exist.
        String hash = user == null ? hasher.unknownUserHash() : user.passwordHash;
        // A password already proven for this hash is no guess: only real checks count against the throttle.
        if (user == null || !hasher.isRemembered(password, hash)) {
            Instant attempt = throttle.attempt(username, address);
            if (!hasher.matches(password, hash) || user == null) {
                refused(username, address, user == null ? "unknown user" : "wrong password");
                throw new AuthenticationFailedException("Unknown user or wrong password");
            }
            throttle.forgive(username, address, attempt);
        }
        if (!user.maySignIn(config.demo())) {
            refused(username, address, user.disabled ? "user disabled" : "demo user outside demo mode");
            throw new AuthenticationFailedException("Unknown user or wrong password");
        }
        return user;
    }

    private static void refused(String username, String address, String why) {
        LOG.warnf("Sign-in refused for user '%s' from %s: %s", printable(username), address, why);
    }

    /** A username is the caller's text: keep line breaks and control characters out of the log. */
    static String printable(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}

package org.openwfm.access;

import io.quarkus.security.AuthenticationFailedException;
import java.time.Duration;
import java.util.Map;
import org.openwfm.shared.error.ProblemMappers;

/**
 * A sign-in refused before its password was checked: the username or address must wait, or too many checks
 * are running. It carries how long to wait, and is answered {@code 429} with {@code Retry-After}, for HTTP Basic
 * and the sign-in page alike.
 */
final class SignInRefusals {

    private SignInRefusals() {}

    static AuthenticationFailedException comeBackIn(Duration wait, String message) {
        // Whole seconds, at least one: Retry-After has no fractions.
        Duration seconds = Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
        return new AuthenticationFailedException(message, Map.of(ProblemMappers.RETRY_AFTER, seconds));
    }

    static boolean isThrottled(AuthenticationFailedException e) {
        return e.getAttribute(ProblemMappers.RETRY_AFTER) != null;
    }
}

package org.openwfm.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openwfm.shared.Digests;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Bcrypt hashes and checks passwords. HTTP Basic sends the password with every request and a bcrypt
 * check costs tens of milliseconds, so a successful check is remembered under a SHA-256 of the
 * password and the stored hash: a changed password changes the stored hash and misses the cache.
 * Checks that do run are bounded by a semaphore: a flood of wrong passwords queues for a few permits
 * instead of taking every core from the API, and beyond a short queue it is told to come back (429) at
 * once rather than holding request threads. The same check asked many times at once (the same password
 * against the same hash, as when many demo agents sign in together) runs once for all of them.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 10;
    private static final int MAX_REMEMBERED = 10_000;
    /** How long a check waits for a permit before the caller is told to come back. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);
    /** Checks that may wait for a permit; each holds a request thread, so the queue stays well below the pool. */
    private static final int MAX_WAITING = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OpenWfmConfig config;

    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();
    private Semaphore checks;
    private volatile String unknownUserHash;

    @PostConstruct
    void init() {
        checks = new Semaphore(config.signIn().maxConcurrentChecks(), true);
    }

    /** A hash no password is known for, checked for unknown usernames. */
    String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hash(randomPassword());
        }
        return unknownUserHash;
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Whether this password was already proven against this hash: no bcrypt needed. */
    boolean isRemembered(String password, String storedHash) {
        return verified.containsKey(rememberKey(password, storedHash));
    }

    public boolean matches(String password, String storedHash) {
        String key = rememberKey(password, storedHash);
        if (verified.containsKey(key)) {
            return true;
        }
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return resultOf(other);
        }
        try {
            boolean ok = boundedCheck(password, storedHash);
            if (ok) {
                if (verified.size() >= MAX_REMEMBERED) {
                    verified.clear();
                }
                verified.put(key, Boolean.TRUE);
            }
            mine.complete(ok);
            return ok;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private static String rememberKey(String password, String storedHash) {
        return Digests.sha256Hex(password + '\u0000' + storedHash);
    }

    private static boolean resultOf(CompletableFuture<Boolean> check) {
        try {
            return check.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private boolean boundedCheck(String password, String storedHash) {
        if (checks.getQueueLength() >= MAX_WAITING) {
            throw SignInRefusals.comeBackIn(Duration.ofSeconds(1), "Too many sign-ins at once; try again in a moment");
        }
        try {
            if (!checks.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw SignInRefusals.comeBackIn(
                        Duration.ofSeconds(1), "Too many sign-ins at once; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SignInRefusals.comeBackIn(Duration.ofSeconds(1), "Sign-in interrupted; try again");
        }
        try {
            return BcryptUtil.matches(password, storedHash);
        } finally {
            checks.release();
        }
    }

    /** 24 random characters (144 bits): a password no one knows until it is shown. */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

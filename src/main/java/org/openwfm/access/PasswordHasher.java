package org.openwfm.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.openwfm.shared.Digests;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Bcrypt hashes and checks passwords. HTTP Basic sends the password with every request and a bcrypt
 * check costs tens of milliseconds, so a successful check is remembered under a SHA-256 of the
 * password and the stored hash: a changed password changes the stored hash and misses the cache.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 10;
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    private volatile String unknownUserHash;

    /** A hash no password is known for, checked for unknown usernames. */
    String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hash(java.util.UUID.randomUUID().toString());
        }
        return unknownUserHash;
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String storedHash) {
        String key = Digests.sha256Hex(password + '\u0000' + storedHash);
        if (verified.containsKey(key)) {
            return true;
        }
        boolean ok = BcryptUtil.matches(password, storedHash);
        if (ok) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, Boolean.TRUE);
        }
        return ok;
    }
}

package org.openwfm.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Backs off password guessing: once a username, or a client address, has failed {@code max} times within the
 * window, every further attempt for it waits until the oldest of those failures leaves the window, right
 * password or not (else a guesser would still learn when it guessed right). A success clears nothing: failures
 * only age out, so a user's own sign-ins between someone else's guesses do not reset the count. Each attempt is
 * counted as a failure before its password is checked and forgiven if the password was right, so guesses sent
 * in parallel count as they start. Kept in memory, so each replica counts its own attempts: a guesser spread
 * over n replicas gets n times the attempts, still a handful a minute.
 */
@Singleton
public class SignInThrottle {

    /** Beyond this many tracked keys, keys whose failures have all left the window are dropped. */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;

    @Inject
    public SignInThrottle(OpenWfmConfig config, Clock clock) {
        this(
                config.signIn().maxFailuresPerUser(),
                config.signIn().maxFailuresPerAddress(),
                config.signIn().failureWindow(),
                clock);
    }

    SignInThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long this username and address must still wait, or empty when they may try now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor(failuresByUser, userKey(username), maxPerUser, now);
        Optional<Duration> from = waitFor(failuresByAddress, address, maxPerAddress, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    /** Counts an attempt as failed from now on; answers its mark, for {@link #forgive} when it succeeds. */
    public Instant attempt(String username, String address) {
        Instant now = clock.instant();
        record(failuresByUser, userKey(username), now);
        record(failuresByAddress, address, now);
        return now;
    }

    /** The attempt marked so had the right password: it no longer counts as a failure. */
    public void forgive(String username, String address, Instant mark) {
        forget(failuresByUser.get(userKey(username)), mark);
        forget(failuresByAddress.get(address), mark);
    }

    private static void forget(Deque<Instant> times, Instant mark) {
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(mark);
            }
        }
    }

    private Optional<Duration> waitFor(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            dropExpired(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // The (size - max + 1)-th oldest failure must leave the window before the count is below max again.
            Instant freedAt = times.stream()
                    .skip(times.size() - max)
                    .findFirst()
                    .orElseThrow()
                    .plus(window);
            return Optional.of(Duration.between(now, freedAt));
        }
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    dropExpired(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropExpired(times, now);
            times.addLast(now);
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    /** A long made-up username must not make a long key. */
    private static String userKey(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}

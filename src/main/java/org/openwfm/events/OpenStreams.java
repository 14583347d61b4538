package org.openwfm.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.LimitReachedException;

/**
 * How many event streams each user holds open on this replica. A stream holds a connection and a listener for as
 * long as the client likes, so one user (or a script with a user's password) must not open them without end; a
 * person needs one per open page.
 */
@ApplicationScoped
public class OpenStreams {

    /** A browser that lost a stream retries on its own; a few seconds lets a closed tab's stream end first. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    OpenWfmConfig config;

    private final Map<String, Integer> openByUser = new HashMap<>();

    /** Takes a place for one more stream of the user, or refuses (429) when the user holds the most allowed. */
    public synchronized void open(String username) {
        int open = openByUser.getOrDefault(username, 0);
        int most = config.events().maxStreamsPerUser();
        if (open >= most) {
            throw new LimitReachedException(
                    username + " has " + open + " event streams open, the most one user may"
                            + " (openwfm.events.max-streams-per-user = " + most + "); close one first",
                    RETRY_AFTER);
        }
        openByUser.put(username, open + 1);
    }

    /** Frees the place of a stream that ended; call once per {@link #open}. */
    public synchronized void close(String username) {
        openByUser.computeIfPresent(username, (user, open) -> open > 1 ? open - 1 : null);
    }

    public synchronized int openBy(String username) {
        return openByUser.getOrDefault(username, 0);
    }
}

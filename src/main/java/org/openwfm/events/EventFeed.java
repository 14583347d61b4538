package org.openwfm.events;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * Streams the event table to this replica's listeners: one poll for all of them, in id order. Ids are
 * handed out before commit, so a higher id can become visible before a lower one; the feed waits
 * briefly at such a gap (the lower one is usually about to commit), then passes it and keeps looking
 * for the missing ids for a few minutes, sending any that turn up late (a long transaction) out of order.
 */
@ApplicationScoped
public class EventFeed {

    private static final Logger LOG = Logger.getLogger(EventFeed.class);
    static final Duration GAP_WAIT = Duration.ofSeconds(2);
    /** How long a passed-over id is looked for before it counts as a rolled-back write. */
    static final Duration LATE_WINDOW = Duration.ofMinutes(5);

    private static final int BATCH = 500;
    private static final Duration RETENTION = Duration.ofDays(1);

    @Inject
    EventLog log;

    @Inject
    Clock clock;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile long delivered;
    /** Ids missing from the log after the last delivered one, and when each was first seen missing. */
    private final Map<Long, Instant> gapSeen = new HashMap<>();
    /** Ids passed over at a gap, and when: they may still commit. */
    private final Map<Long, Instant> missing = new HashMap<>();

    void onStart(@Observes StartupEvent event) {
        delivered = log.lastId();
    }

    /**
     * Events for the given audiences (the caller's role, and an agent user's own agent), from now on; with {@code lastEventId}, first those after it that
     * the feed has already passed (a reconnecting browser sends the id of the last event it got).
     */
    public Multi<StoredEvent> listen(Set<String> roles, Long lastEventId) {
        return Multi.createFrom()
                .<StoredEvent>emitter(emitter -> {
                    Listener listener = new Listener(emitter, roles, lastEventId == null ? delivered : lastEventId);
                    listeners.add(listener);
                    emitter.onTermination(() -> listeners.remove(listener));
                    long upTo = delivered;
                    for (long after = lastEventId == null ? upTo : lastEventId; after < upTo; ) {
                        List<StoredEvent> missed = log.between(after, upTo, BATCH);
                        if (missed.isEmpty()) {
                            break;
                        }
                        listener.catchUp(missed);
                        after = missed.get(missed.size() - 1).id();
                    }
                    listener.goLive();
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // catching up reads the database
    }

    @Scheduled(
            every = "1s",
            delayed = "1s",
            executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        try {
            deliverLate();
            List<StoredEvent> batch = log.between(delivered, Long.MAX_VALUE, BATCH);
            Instant now = clock.instant();
            noteGaps(batch, now);
            for (StoredEvent event : batch) {
                if (!gapWaitedOut(event.id(), now)) {
                    return;
                }
                for (long id = delivered + 1; id < event.id(); id++) {
                    gapSeen.remove(id);
                    missing.put(id, now);
                }
                gapSeen.remove(event.id());
                // Advance first: a listener joining now catches up to here and then hears the rest live.
                delivered = event.id();
                listeners.forEach(listener -> listener.offer(event));
            }
        } catch (RuntimeException e) {
            LOG.warn("Polling events failed; trying again shortly", e);
        }
    }

    /** Streams listening on this replica. */
    int listenerCount() {
        return listeners.size();
    }

    private void deliverLate() {
        missing.values()
                .removeIf(since -> Duration.between(since, clock.instant()).compareTo(LATE_WINDOW) > 0);
        if (missing.isEmpty()) {
            return;
        }
        for (StoredEvent event : log.withIds(missing.keySet())) {
            missing.remove(event.id());
            listeners.forEach(listener -> listener.offerLate(event));
        }
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            executeWith = Scheduled.SIMPLE,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        log.deleteOlderThan(clock.instant().minus(RETENTION));
    }

    /**
     * Every id missing before an event of the batch starts its wait when first seen, all of them at once: a backlog
     * with many gaps (ids of rolled-back writes, which never fill) waits {@link #GAP_WAIT} in all, not once per gap.
     */
    private void noteGaps(List<StoredEvent> batch, Instant now) {
        long expected = delivered + 1;
        for (StoredEvent event : batch) {
            for (long id = expected; id < event.id(); id++) {
                gapSeen.putIfAbsent(id, now);
            }
            expected = event.id() + 1;
        }
    }

    /** Whether every id missing before this event has been waited for long enough. */
    private boolean gapWaitedOut(long eventId, Instant now) {
        for (long id = delivered + 1; id < eventId; id++) {
            if (Duration.between(gapSeen.get(id), now).compareTo(GAP_WAIT) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One open stream: live events wait while the missed ones are sent, and none is sent twice. */
    private static final class Listener {
        private final MultiEmitter<? super StoredEvent> emitter;
        private final Set<String> roles;
        private long lastSent;
        private List<StoredEvent> waiting = new ArrayList<>();

        Listener(MultiEmitter<? super StoredEvent> emitter, Set<String> roles, long lastSent) {
            this.emitter = emitter;
            this.roles = roles;
            this.lastSent = lastSent;
        }

        synchronized void offer(StoredEvent event) {
            if (waiting != null) {
                waiting.add(event);
            } else {
                send(event);
            }
        }

        /** An event that committed after later ones were sent: sent now, out of order. */
        synchronized void offerLate(StoredEvent event) {
            if (EventLog.EVERYONE.equals(event.audience()) || roles.contains(event.audience())) {
                emitter.emit(event);
            }
        }

        synchronized void catchUp(List<StoredEvent> missed) {
            missed.forEach(this::send);
        }

        /** Sends what arrived while catching up, and from now on sends events as they come. */
        synchronized void goLive() {
            waiting.forEach(this::send);
            waiting = null;
        }

        private void send(StoredEvent event) {
            if (event.id() <= lastSent) {
                return;
            }
            lastSent = event.id();
            if (EventLog.EVERYONE.equals(event.audience()) || roles.contains(event.audience())) {
                emitter.emit(event);
            }
        }
    }
}

package org.openwfm.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Ids that never fill (writes rolled back after taking an id) hold the feed back once, all together: a backlog with
 * three such gaps is delivered after one wait, not after one wait per gap.
 */
class EventFeedGapTest {

    /** Events 1, 3, 5 and 7 committed; 2, 4 and 6 were rolled back. */
    private static final List<StoredEvent> LOG = List.of(event(1), event(3), event(5), event(7));

    @Test
    void aBacklogWithSeveralGapsIsDeliveredAfterOneWait() {
        Instant start = Instant.parse("2027-01-04T10:00:00Z");
        EventFeed feed = new EventFeed();
        feed.log = new FixedLog();
        feed.clock = Clock.fixed(start, ZoneOffset.UTC);
        feed.onStart(null);
        List<Long> heard = new CopyOnWriteArrayList<>();
        feed.listen(Set.of("planner"), null).subscribe().with(e -> heard.add(e.id()));
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.listenerCount() == 1);

        feed.poll();
        assertThat(heard).as("event 1, then the wait at the gap of id 2").containsExactly(1L);

        feed.clock = Clock.fixed(start.plus(EventFeed.GAP_WAIT), ZoneOffset.UTC);
        feed.poll();
        assertThat(heard)
                .as("every gap has waited its time: the rest in one poll")
                .containsExactly(1L, 3L, 5L, 7L);
    }

    private static StoredEvent event(long id) {
        return new StoredEvent(id, Instant.EPOCH, EventLog.OPEN_SLOTS, EventLog.EVERYONE, "{}");
    }

    /** The event table as a fixed list. */
    private static final class FixedLog extends EventLog {
        @Override
        public List<StoredEvent> between(long afterId, long upToId, int limit) {
            return LOG.stream()
                    .filter(e -> e.id() > afterId && e.id() <= upToId)
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<StoredEvent> withIds(Collection<Long> ids) {
            return LOG.stream().filter(e -> ids.contains(e.id())).toList();
        }

        @Override
        public long lastId() {
            return 0;
        }
    }
}

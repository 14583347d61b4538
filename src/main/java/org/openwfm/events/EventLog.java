package org.openwfm.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.openwfm.shared.time.Instants;

/**
 * Announcements written in the same transaction as the change they announce, so an event exists exactly
 * when its change does; {@link EventFeed} streams them from the table to whoever listens, on any replica.
 */
@ApplicationScoped
public class EventLog {

    public static final String EVERYONE = "all";

    /** Open seats of a client channel changed: payload {@code {clientId, channel, from, to, slots?}}. */
    public static final String OPEN_SLOTS = "open-slots";
    /** A schedule was published: payload {@code {scheduleId, weekStart, clientIds}}. */
    public static final String SCHEDULE_PUBLISHED = "schedule-published";
    /** A solve job moved on: payload {@code {scheduleId, status, score, kpis}}; planners only. */
    public static final String JOB_PROGRESS = "job-progress";
    /** A new in-app notification: payload {@code {id, kind, title, text, createdAt, read, link?}}; its agent only. */
    public static final String NOTIFICATION = "notification";

    /**
     * The audience of one agent: events only the streams of that agent's users receive. Roles are audiences too, and
     * none of them contains a colon, so no role's stream matches it.
     */
    public static String agent(String agentId) {
        return "agent:" + agentId;
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public void append(String type, String audience, Object payload) {
        em.createNativeQuery(
                        "insert into app_event (created_at, event_type, audience, payload) values (?1, ?2, ?3, ?4)")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, type)
                .setParameter(3, audience)
                .setParameter(4, toJson(payload))
                .executeUpdate();
    }

    /** Events with an id above {@code afterId} and at most {@code upToId}, oldest first. */
    @Transactional
    public List<StoredEvent> between(long afterId, long upToId, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                        "select id, created_at, event_type, audience, payload from app_event "
                                + "where id > ?1 and id <= ?2 order by id")
                .setParameter(1, afterId)
                .setParameter(2, upToId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(EventLog::stored).toList();
    }

    private static StoredEvent stored(Object[] row) {
        return new StoredEvent(
                ((Number) row[0]).longValue(), Instants.ofColumn(row[1]), (String) row[2], (String) row[3], (String)
                        row[4]);
    }

    /** Those of the given events that exist (committed) now. */
    @Transactional
    public List<StoredEvent> withIds(java.util.Collection<Long> ids) {
        List<Object[]> rows = em.createNativeQuery(
                        "select id, created_at, event_type, audience, payload from app_event "
                                + "where id in (?1) order by id")
                .setParameter(1, ids)
                .getResultList();
        return rows.stream().map(EventLog::stored).toList();
    }

    @Transactional
    public long lastId() {
        Number max =
                (Number) em.createNativeQuery("select max(id) from app_event").getSingleResult();
        return max == null ? 0 : max.longValue();
    }

    @Transactional
    public int deleteOlderThan(Instant cutoff) {
        return em.createNativeQuery("delete from app_event where created_at < ?1")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event payload cannot be written as JSON", e);
        }
    }
}

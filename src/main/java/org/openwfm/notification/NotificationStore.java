package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The notification tables; callers bring the transaction. */
@ApplicationScoped
class NotificationStore {

    @Inject
    EntityManager em;

    Optional<NotificationPreference> preference(String agentId) {
        return Optional.ofNullable(em.find(NotificationPreference.class, agentId));
    }

    /** The saved preferences of the given agents, by agent id (agents without a row are missing). */
    Map<String, NotificationPreference> preferences(Collection<String> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("from NotificationPreference p where p.agentId in :ids", NotificationPreference.class)
                .setParameter("ids", agentIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(p -> p.agentId, Function.identity()));
    }

    /** The row under a write lock: the digest sender of one agent runs on one replica at a time. */
    Optional<NotificationPreference> lockPreference(String agentId) {
        return Optional.ofNullable(em.find(NotificationPreference.class, agentId, LockModeType.PESSIMISTIC_WRITE));
    }

    void save(NotificationPreference preference) {
        if (em.find(NotificationPreference.class, preference.agentId) == null) {
            em.persist(preference);
        }
    }

    InboxNotice add(InboxNotice notice) {
        em.persist(notice);
        em.flush(); // the id is in the pushed event
        return notice;
    }

    void queue(PendingEmail email) {
        em.persist(email);
    }

    /** One page of the agent's inbox, newest first. */
    List<InboxNotice> inbox(String agentId, boolean unreadOnly, int offset, int limit) {
        return em.createQuery(
                        "from InboxNotice n where n.agentId = :agent" + (unreadOnly ? " and n.readAt is null" : "")
                                + " order by n.id desc",
                        InboxNotice.class)
                .setParameter("agent", agentId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    long inboxSize(String agentId, boolean unreadOnly) {
        return em.createQuery(
                        "select count(n) from InboxNotice n where n.agentId = :agent"
                                + (unreadOnly ? " and n.readAt is null" : ""),
                        Long.class)
                .setParameter("agent", agentId)
                .getSingleResult();
    }

    int markRead(String agentId, long upToId, Instant at) {
        return em.createQuery("update InboxNotice n set n.readAt = :at"
                        + " where n.agentId = :agent and n.id <= :upTo and n.readAt is null")
                .setParameter("at", at)
                .setParameter("agent", agentId)
                .setParameter("upTo", upToId)
                .executeUpdate();
    }

    /** Agents with e-mail notices not yet sent. */
    List<String> agentsWithPendingEmail() {
        return em.createQuery(
                        "select distinct e.agentId from PendingEmail e where e.sentAt is null order by e.agentId",
                        String.class)
                .getResultList();
    }

    List<PendingEmail> pendingEmail(String agentId) {
        return em.createQuery(
                        "from PendingEmail e where e.agentId = :agent and e.sentAt is null order by e.id",
                        PendingEmail.class)
                .setParameter("agent", agentId)
                .getResultList();
    }

    /** Drops unsent e-mail notices of an agent that no longer wants e-mail (or has no address). */
    int dropPendingEmail(String agentId) {
        return em.createQuery("delete from PendingEmail e where e.agentId = :agent and e.sentAt is null")
                .setParameter("agent", agentId)
                .executeUpdate();
    }
}

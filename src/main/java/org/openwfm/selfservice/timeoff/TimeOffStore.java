package org.openwfm.selfservice.timeoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Requests and allowances; callers bring the transaction. */
@ApplicationScoped
class TimeOffStore {

    @Inject
    EntityManager em;

    void persist(TimeOffRequest request) {
        em.persist(request);
        em.flush();
    }

    Optional<TimeOffRequest> find(long id) {
        return Optional.ofNullable(em.find(TimeOffRequest.class, id));
    }

    /**
     * The row under a write lock, read again once the lock is held: two decisions on one request run one after the
     * other, and the second sees what the first wrote (a lock on a row already read would keep the stale copy).
     */
    Optional<TimeOffRequest> lock(long id) {
        TimeOffRequest row = em.find(TimeOffRequest.class, id);
        if (row != null) {
            em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(row);
    }

    /** The agent's requests, newest start first. */
    List<TimeOffRequest> ofAgent(String agentId) {
        return em.createQuery(
                        "from TimeOffRequest r where r.agentId = :agent order by r.start desc, r.id desc",
                        TimeOffRequest.class)
                .setParameter("agent", agentId)
                .getResultList();
    }

    /** Every request, or those in one status, by start. */
    List<TimeOffRequest> all(TimeOffStatus status) {
        if (status == null) {
            return em.createQuery("from TimeOffRequest r order by r.start, r.id", TimeOffRequest.class)
                    .getResultList();
        }
        return em.createQuery(
                        "from TimeOffRequest r where r.status = :status order by r.start, r.id", TimeOffRequest.class)
                .setParameter("status", status)
                .getResultList();
    }

    /** The agent's approved or pending requests overlapping [from, to). */
    List<TimeOffRequest> holding(String agentId, Instant from, Instant to) {
        return em.createQuery(
                        "from TimeOffRequest r where r.agentId = :agent and r.status in :statuses"
                                + " and r.start < :to and r.end > :from order by r.start",
                        TimeOffRequest.class)
                .setParameter("agent", agentId)
                .setParameter("statuses", List.of(TimeOffStatus.APPROVED, TimeOffStatus.PENDING))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    Optional<TimeOffAllowance> allowance(String agentId, int year) {
        return Optional.ofNullable(em.find(TimeOffAllowance.class, new TimeOffAllowance.Key(agentId, year)));
    }

    void persist(TimeOffAllowance allowance) {
        em.persist(allowance);
    }
}

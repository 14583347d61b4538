package org.openwfm.selfservice.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openwfm.shared.time.TimeSpan;

/** The trade rows; callers bring the transaction. */
@ApplicationScoped
class TradeStore {

    /** The most trades one list answers with, newest first. */
    static final int LIST_LIMIT = 500;

    @Inject
    EntityManager em;

    void add(ShiftTrade trade) {
        em.persist(trade);
        em.flush();
    }

    Optional<ShiftTrade> find(long id) {
        return Optional.ofNullable(em.find(ShiftTrade.class, id));
    }

    /** The row under a write lock: two acceptances (or an acceptance and a withdrawal) run one after the other. */
    Optional<ShiftTrade> lock(long id) {
        return Optional.ofNullable(em.find(ShiftTrade.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A trade still pending (not expired) on the shift whose hours overlap the range, if any. */
    Optional<ShiftTrade> pendingOverlapping(long shiftId, TimeSpan range, Instant now) {
        return em.createQuery(
                        "from ShiftTrade t where t.shiftId = :shift and t.status in :pending and t.expiresAt > :now"
                                + " and t.start < :end and t.end > :start order by t.id",
                        ShiftTrade.class)
                .setParameter("shift", shiftId)
                .setParameter("pending", List.of(TradeStatus.OPEN, TradeStatus.AWAITING_APPROVAL))
                .setParameter("now", now)
                .setParameter("start", range.start())
                .setParameter("end", range.end())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Open offers of other agents not yet expired, to anyone or to this agent, newest first. */
    List<ShiftTrade> openFor(String agentId, Instant now) {
        return em.createQuery(
                        "from ShiftTrade t where t.status = :open and t.expiresAt > :now and t.fromAgentId <> :agent"
                                + " and (t.toAgentId is null or t.toAgentId = :agent) order by t.id desc",
                        ShiftTrade.class)
                .setParameter("open", TradeStatus.OPEN)
                .setParameter("now", now)
                .setParameter("agent", agentId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** The trades the agent offered or accepted, newest first. */
    List<ShiftTrade> ofAgent(String agentId) {
        return em.createQuery(
                        "from ShiftTrade t where t.fromAgentId = :agent or t.acceptedBy = :agent order by t.id desc",
                        ShiftTrade.class)
                .setParameter("agent", agentId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    /** Trades whose status reads as the one given now (every trade for null), newest first. */
    List<ShiftTrade> readingAs(TradeStatus wanted, Instant now) {
        String where;
        if (wanted == null) {
            where = "";
        } else if (wanted == TradeStatus.EXPIRED) {
            where = " where t.status in :pending and t.expiresAt <= :now";
        } else if (wanted.pending()) {
            where = " where t.status = :wanted and t.expiresAt > :now";
        } else {
            where = " where t.status = :wanted";
        }
        TypedQuery<ShiftTrade> query =
                em.createQuery("from ShiftTrade t" + where + " order by t.id desc", ShiftTrade.class);
        if (wanted == TradeStatus.EXPIRED) {
            query.setParameter("pending", List.of(TradeStatus.OPEN, TradeStatus.AWAITING_APPROVAL));
        } else if (wanted != null) {
            query.setParameter("wanted", wanted);
        }
        if (wanted != null && (wanted == TradeStatus.EXPIRED || wanted.pending())) {
            query.setParameter("now", now);
        }
        return query.setMaxResults(LIST_LIMIT).getResultList();
    }
}

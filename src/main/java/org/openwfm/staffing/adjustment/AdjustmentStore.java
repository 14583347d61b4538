package org.openwfm.staffing.adjustment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openwfm.client.Channel;
import org.openwfm.staffing.Adjustment;
import org.openwfm.staffing.RequirementAdjustments;

/** The adjustment rows; callers bring the transaction. Newest first is highest id first, as with forecast versions. */
@ApplicationScoped
public class AdjustmentStore implements RequirementAdjustments {

    @Inject
    EntityManager em;

    @Override
    public List<Adjustment> inForce(String clientId, Channel channel, Instant from, Instant to) {
        return em
                .createQuery(
                        "from RequirementAdjustment a where a.clientId = :client and a.channel = :channel"
                                + " and a.withdrawnAt is null and a.start < :to and a.end > :from order by a.id desc",
                        RequirementAdjustment.class)
                .setParameter("client", clientId)
                .setParameter("channel", channel)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(RequirementAdjustment::inForce)
                .toList();
    }

    /** Every adjustment overlapping [from, to) on the channel, withdrawn ones too, newest first. */
    List<RequirementAdjustment> overlapping(String clientId, Channel channel, Instant from, Instant to) {
        return em.createQuery(
                        "from RequirementAdjustment a where a.clientId = :client and a.channel = :channel"
                                + " and a.start < :to and a.end > :from order by a.id desc",
                        RequirementAdjustment.class)
                .setParameter("client", clientId)
                .setParameter("channel", channel)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    Optional<RequirementAdjustment> find(long id) {
        return Optional.ofNullable(em.find(RequirementAdjustment.class, id));
    }

    /** The row under a write lock, so that two withdrawals of one adjustment run one after the other. */
    Optional<RequirementAdjustment> lock(long id) {
        return Optional.ofNullable(em.find(RequirementAdjustment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    void flush() {
        em.flush();
    }

    void add(RequirementAdjustment adjustment) {
        em.persist(adjustment);
        em.flush();
    }
}

package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.shared.config.NodeIdentity;

/**
 * The parts of split schedule jobs. Every step that decides something about the whole job (taking a part,
 * finishing one) first locks the job's record, so parts finishing at once on two replicas see each other.
 */
@ApplicationScoped
public class SchedulePartStore {

    /** A part this replica has just taken, with its job's record; a takeover when it was already solving. */
    public record PartTurn(SchedulePart part, Schedule schedule, boolean takeover) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ShiftStore shifts;

    @Inject
    NodeIdentity node;

    @Transactional
    public List<SchedulePart> parts(long scheduleId) {
        return em.createQuery("from SchedulePart where scheduleId = :id order by partNo", SchedulePart.class)
                .setParameter("id", scheduleId)
                .getResultList();
    }

    /** Records the job's parts, one per group of clients, in the caller's transaction. */
    @Transactional
    public List<SchedulePart> create(long scheduleId, List<ClientGroup> groups) {
        List<SchedulePart> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            SchedulePart part = SchedulePart.queued(scheduleId, i + 1, groups.get(i));
            em.persist(part);
            parts.add(part);
        }
        em.flush();
        return parts;
    }

    /**
     * Takes a part for this replica: a queued one starts with its share of the job's time left ({@link
     * PartSolveTime}), a solving one (its replica stopped) is taken over. Empty when its job is closed or the part
     * already solved.
     */
    @Transactional
    public Optional<PartTurn> take(long scheduleId, int partNo) {
        Schedule schedule = em.find(Schedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        SchedulePart part = find(scheduleId, partNo);
        if (schedule == null || !schedule.isSolving() || part == null || part.isSolved()) {
            return Optional.empty();
        }
        boolean takeover = !part.isQueued();
        Instant now = clock.instant();
        List<SchedulePart> all = parts(scheduleId);
        // The job's time runs from when its first part started: parts queued behind other jobs lose nothing.
        Instant partsBegan = all.stream()
                .map(p -> p.startedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(now);
        int seconds = takeover
                ? part.solveSeconds
                : PartSolveTime.seconds(
                        schedule.solveSeconds,
                        partsBegan,
                        part,
                        all.stream().filter(SchedulePart::isQueued).toList(),
                        (int) all.stream().filter(SchedulePart::isSolving).count(),
                        now);
        part.take(node.nodeId(), now, seconds);
        return Optional.of(new PartTurn(part, schedule, takeover));
    }

    @Transactional
    public void progress(long partId, String score) {
        SchedulePart part = em.find(SchedulePart.class, partId);
        if (part != null && !part.isSolved()) {
            part.progress(score);
        }
    }

    /** Stores a solving part's best shifts so far, for a replica that may take it over. */
    @Transactional
    public void checkpoint(SchedulePart part, List<ScheduledShift> best) {
        replaceShifts(part, best);
    }

    /**
     * Stores a part's final shifts and marks it solved, under its job's lock. True when it was the last part
     * of a job still open, so the caller joins the parts in this same transaction.
     */
    @Transactional
    public boolean solved(SchedulePart part, List<ScheduledShift> solved, String score) {
        Schedule schedule = em.find(Schedule.class, part.scheduleId, LockModeType.PESSIMISTIC_WRITE);
        SchedulePart current = em.find(SchedulePart.class, part.id);
        if (schedule == null || !schedule.isActive() || current.isSolved()) {
            return false;
        }
        replaceShifts(current, solved);
        current.solved(score, clock.instant());
        return parts(part.scheduleId).stream().allMatch(SchedulePart::isSolved);
    }

    private void replaceShifts(SchedulePart part, List<ScheduledShift> best) {
        shifts.deleteOfClients(part.scheduleId, part.clientIdList());
        shifts.insertAll(part.scheduleId, best);
    }

    private SchedulePart find(long scheduleId, int partNo) {
        return em.createQuery("from SchedulePart where scheduleId = :id and partNo = :no", SchedulePart.class)
                .setParameter("id", scheduleId)
                .setParameter("no", partNo)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}

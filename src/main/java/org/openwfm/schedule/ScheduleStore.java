package org.openwfm.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwfm.access.Roles;
import org.openwfm.events.EventLog;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.api.KpisView;
import org.openwfm.schedule.api.ScheduleStatus;
import org.openwfm.shared.config.NodeIdentity;
import org.openwfm.shared.paging.Page;
import org.openwfm.shared.paging.PageRequest;

/**
 * Schedule job records, each write its own transaction so solver threads can call it. Every change of
 * a job's status or score is announced to planners.
 */
@ApplicationScoped
public class ScheduleStore {

    /** What planners hear about a job while it runs. */
    public record JobProgress(long scheduleId, ScheduleStatus status, String score, KpisView kpis) {}

    /** A job this replica has just taken: a new one, or a takeover of one whose replica stopped mid-solve. */
    public record SolveTurn(Schedule schedule, boolean takeover) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ShiftStore shifts;

    @Inject
    ActivityStore activities;

    @Inject
    EventLog events;

    @Inject
    NodeIdentity node;

    @Inject
    ObjectMapper json;

    @Transactional
    public Schedule create(Schedule schedule) {
        schedule.enqueue(clock.instant());
        em.persist(schedule);
        em.flush();
        announce(schedule);
        return schedule;
    }

    /**
     * Creates the job unless its planner or the service already has as many queued or solving as the limits
     * allow (429). The submit lock is taken first and the jobs counted after it, in the transaction that inserts:
     * the next submit, on this replica or another, waits for this commit and counts this job.
     */
    @Transactional
    public Schedule createWithinLimits(Schedule schedule, ActiveJobLimits limits) {
        em.createNativeQuery("select id from schedule_submit_lock where id = 1 for update")
                .getResultList();
        limits.check(schedule.requestedBy, countActive(schedule.requestedBy), countActive(null));
        return create(schedule);
    }

    /** Jobs queued or solving, of one planner or (null) of all. */
    private long countActive(String requestedBy) {
        String byPlanner = requestedBy == null ? "" : " and requestedBy = :planner";
        var query = em.createQuery(
                        "select count(s) from Schedule s where status in (:queued, :solving)" + byPlanner, Long.class)
                .setParameter("queued", ScheduleStatus.QUEUED)
                .setParameter("solving", ScheduleStatus.SOLVING);
        if (requestedBy != null) {
            query.setParameter("planner", requestedBy);
        }
        return query.getSingleResult();
    }

    @Transactional
    public Optional<Schedule> find(long id) {
        return Optional.ofNullable(em.find(Schedule.class, id));
    }

    /** Newest first; one week's jobs, or (null) every job. */
    @Transactional
    public Page<Schedule> listByWeek(LocalDate weekStart, PageRequest page) {
        // Separate texts, not "(:week is null or …)": PostgreSQL cannot type a parameter that is only compared with
        // null.
        String where = weekStart == null ? "" : " where weekStart = :week";
        var rows = em.createQuery("from Schedule" + where + " order by id desc", Schedule.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        var count = em.createQuery("select count(s) from Schedule s" + where, Long.class);
        if (weekStart != null) {
            rows.setParameter("week", weekStart);
            count.setParameter("week", weekStart);
        }
        return new Page<>(rows.getResultList(), count.getSingleResult(), page);
    }

    /**
     * Takes a job for this replica as its Quartz job starts here, under the row's lock: a queued job starts
     * solving, a solving one (its replica died or handed it over) is taken over. Empty when the job was closed
     * before it got here (stopped while queued), so there is nothing to run.
     */
    @Transactional
    public Optional<SolveTurn> takeForSolving(long id) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isActive()) {
            return Optional.empty();
        }
        boolean takeover = schedule.isSolving();
        if (takeover) {
            schedule.takeOver(node.nodeId());
        } else {
            schedule.startSolving(clock.instant(), node.nodeId());
        }
        announce(schedule);
        return Optional.of(new SolveTurn(schedule, takeover));
    }

    /** Cancels the job if it has not started, under the row's lock, so no replica can be starting it meanwhile. */
    @Transactional
    public boolean cancelIfQueued(long id, String message) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isQueued()) {
            return false;
        }
        schedule.cancel(message, clock.instant());
        announce(schedule);
        return true;
    }

    /** Records a planner's stop of a solving job, for whichever replica solves it to read. */
    @Transactional
    public void requestStop(long id) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule != null && schedule.isSolving()) {
            schedule.requestStop(clock.instant());
        }
    }

    /**
     * Whether a solve of the job should stop: a planner asked to, or the job is closed already (a part of a split
     * job failed it). Asked once a second by each replica solving the job, so it is one small query.
     */
    @Transactional
    public boolean shouldStop(long id) {
        return !em.createQuery("select s.id from Schedule s where s.id = :id"
                        + " and (s.stopRequestedAt is not null or s.status not in (:queued, :solving))")
                .setParameter("id", id)
                .setParameter("queued", ScheduleStatus.QUEUED)
                .setParameter("solving", ScheduleStatus.SOLVING)
                .getResultList()
                .isEmpty();
    }

    /**
     * Stores the best schedule so far of a job that is still solving, so that a replica taking it over starts
     * from there rather than from nothing.
     */
    @Transactional
    public void checkpoint(long id, List<ScheduledShift> best) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.isSolving()) {
            shifts.deleteAll(id);
            shifts.insertAll(id, best);
        }
    }

    /** The digest of the published shifts the job was planned from (see {@link ShiftStore#digest}). */
    @Transactional
    public void recordPlannedFrom(long id, String digest) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.isActive()) {
            schedule.recordPlannedFrom(digest);
        }
    }

    @Transactional
    public void recordProgress(long id, String score, String kpisJson) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.isSolving()) {
            schedule.progress(score, kpisJson);
            announce(schedule);
        }
    }

    /**
     * Replaces the schedule's shifts with the final best solution and closes the job: SOLVED, or CANCELLED when
     * a planner asked to stop it (the record says so, whichever replica the stop reached).
     */
    @Transactional
    void finish(long id, SolvedWeek solved, String score, String kpisJson) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isActive()) {
            return; // already closed: the record's word stands
        }
        shifts.deleteAll(id);
        shifts.insertAll(id, solved.shifts());
        activities.replace(id, solved.activities(), solved.unplaced());
        schedule.finish(score, kpisJson, clock.instant());
        announce(schedule);
    }

    /** Closes a split job whose parts have stored their shifts, with the score and KPIs of the joined week. */
    @Transactional
    public void finishJoined(long id, String score, String kpisJson) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule != null && schedule.isActive()) {
            schedule.finish(score, kpisJson, clock.instant());
            announce(schedule);
        }
    }

    /** Closes a job that failed; one already closed (for example by a restart) keeps its record's word. */
    @Transactional
    public void fail(long id, String message) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.isActive()) {
            schedule.fail(message, clock.instant());
            announce(schedule);
        }
    }

    /** Stops a job before it solved anything; one already closed keeps its record's word. */
    @Transactional
    public void cancel(long id, String message) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.isActive()) {
            schedule.cancel(message, clock.instant());
            announce(schedule);
        }
    }

    /**
     * Takes the publish lock for the rest of the transaction: publishes (and whatever else resets a
     * week's open seats) run one at a time, each seeing what the one before it wrote. Solving jobs never
     * take it.
     */
    @Transactional
    public void lockPublishing() {
        em.createNativeQuery("select id from schedule_publish_lock where id = 1 for update")
                .getResultList();
    }

    /** Reads the schedule again, as it is after the locks just taken. */
    @Transactional
    public void refresh(Schedule schedule) {
        em.refresh(schedule);
    }

    /** Publishes one schedule and retires the published ones it replaces, in one transaction. */
    @Transactional
    public Schedule publish(long id, List<Long> superseded) {
        for (Long old : superseded) {
            em.find(Schedule.class, old).supersede(id);
        }
        Schedule schedule = em.find(Schedule.class, id);
        schedule.publish(clock.instant());
        return schedule;
    }

    /**
     * Publishes an empty schedule for one client's week, so that hours a planner releases there have a
     * published week to be claimed into.
     */
    @Transactional
    public Schedule publishEmpty(LocalDate weekStart, String clientId, String requestedBy) {
        Schedule schedule = Schedule.publishedEmpty(weekStart, clientId, requestedBy, clock.instant());
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    @Transactional
    public List<Schedule> publishedForWeek(LocalDate weekStart) {
        return em.createQuery("from Schedule where weekStart = :week and status = :published", Schedule.class)
                .setParameter("week", weekStart)
                .setParameter("published", ScheduleStatus.PUBLISHED)
                .getResultList();
    }

    /**
     * The week's published schedules that publishing {@code schedule} would leave in place: those planning none of its
     * clients (the others it replaces), never itself.
     */
    @Transactional
    public List<Long> publishedBeside(Schedule schedule) {
        return publishedForWeek(schedule.weekStart).stream()
                .filter(other -> !other.id.equals(schedule.id)
                        && !ClientLists.overlap(other.clientIdList(), schedule.clientIdList()))
                .map(other -> other.id)
                .toList();
    }

    private void announce(Schedule schedule) {
        events.append(
                EventLog.JOB_PROGRESS,
                Roles.PLANNER,
                new JobProgress(
                        schedule.id,
                        schedule.status,
                        schedule.score,
                        KpisView.of(StoredKpis.read(json, schedule.kpis))));
    }
}

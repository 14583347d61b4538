package org.openwfm.roster.job;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.openwfm.roster.ScheduledShift;
import org.openwfm.roster.Span;
import org.openwfm.roster.domain.ChannelKey;

/** Schedule records and their shifts, each write its own transaction so solver threads can call it. */
@ApplicationScoped
public class ScheduleStore {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public Schedule create(Schedule schedule) {
        schedule.createdAt = clock.instant();
        schedule.status = ScheduleStatus.QUEUED;
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    @Transactional
    public Optional<Schedule> find(long id) {
        return Optional.ofNullable(em.find(Schedule.class, id));
    }

    @Transactional
    public List<Schedule> listByWeek(java.time.LocalDate weekStart) {
        return em.createQuery("from Schedule where (:week is null or weekStart = :week) order by id desc", Schedule.class)
                .setParameter("week", weekStart).getResultList();
    }

    @Transactional
    public List<ScheduledShift> shifts(long scheduleId) {
        Map<Long, List<Span>> breaks = breaks(scheduleId);
        return shiftRecords(scheduleId).stream()
                .map(r -> new ScheduledShift(r.agentId, new ChannelKey(r.clientId, r.channel), r.start, r.end,
                        breaks.getOrDefault(r.id, List.of())))
                .toList();
    }

    /** Published shifts of one agent starting in [from, to), in time order. */
    @Transactional
    public List<ScheduleShiftRecord> publishedShiftsOfAgent(String agentId, Instant from, Instant to) {
        return em.createQuery("select r from ScheduleShiftRecord r, Schedule s where s.id = r.scheduleId and s.status = :published "
                + "and r.agentId = :agent and r.start >= :from and r.start < :to order by r.start", ScheduleShiftRecord.class)
                .setParameter("published", ScheduleStatus.PUBLISHED).setParameter("agent", agentId)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Breaks of a schedule's shifts, by shift id, in time order. */
    @Transactional
    public Map<Long, List<Span>> breaks(long scheduleId) {
        return breaksBy("s.schedule_id = ?1", scheduleId);
    }

    /** Breaks of the given shifts, by shift id, in time order. */
    @Transactional
    public Map<Long, List<Span>> breaksOfShifts(List<Long> shiftIds) {
        return shiftIds.isEmpty() ? Map.of() : breaksBy("s.id in (?1)", shiftIds);
    }

    private Map<Long, List<Span>> breaksBy(String condition, Object value) {
        List<Object[]> rows = em.createNativeQuery("select b.shift_id, b.start_at, b.end_at from schedule_shift_break b "
                + "join schedule_shift s on s.id = b.shift_id where " + condition + " order by b.shift_id, b.start_at")
                .setParameter(1, value).getResultList();
        Map<Long, List<Span>> byShift = new HashMap<>();
        for (Object[] row : rows) {
            byShift.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Span(instant(row[1]), instant(row[2])));
        }
        return byShift;
    }

    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) column;
    }

    @Transactional
    public List<ScheduleShiftRecord> shiftRecords(long scheduleId) {
        return em.createQuery("from ScheduleShiftRecord where scheduleId = :id order by agentId, start", ScheduleShiftRecord.class)
                .setParameter("id", scheduleId).getResultList();
    }

    @Transactional
    public void markSolving(long id) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.status == ScheduleStatus.QUEUED) {
            schedule.status = ScheduleStatus.SOLVING;
            schedule.startedAt = clock.instant();
        }
    }

    @Transactional
    public void recordScore(long id, String score) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null && schedule.status == ScheduleStatus.SOLVING) {
            schedule.score = score;
        }
    }

    /** Replaces the schedule's shifts with the final best solution and closes the job. */
    @Transactional
    public void finish(long id, List<ScheduledShift> shifts, String score, String kpisJson, ScheduleStatus status,
            String message) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule == null || (schedule.status != ScheduleStatus.SOLVING && schedule.status != ScheduleStatus.QUEUED)) {
            return; // already closed (for example marked FAILED by a restart): the record's word stands
        }
        em.createQuery("delete from ScheduleShiftRecord where scheduleId = :id").setParameter("id", id).executeUpdate();
        for (ScheduledShift shift : shifts) {
            ScheduleShiftRecord record = new ScheduleShiftRecord();
            record.scheduleId = id;
            record.agentId = shift.agentId();
            record.clientId = shift.channel().clientId();
            record.channel = shift.channel().channel();
            record.start = shift.start();
            record.end = shift.end();
            em.persist(record);
            em.flush();
            for (Span pause : shift.breaks()) {
                em.createNativeQuery("insert into schedule_shift_break (shift_id, start_at, end_at) values (?1, ?2, ?3)")
                        .setParameter(1, record.id)
                        .setParameter(2, pause.start().atOffset(ZoneOffset.UTC))
                        .setParameter(3, pause.end().atOffset(ZoneOffset.UTC))
                        .executeUpdate();
            }
        }
        schedule.score = score;
        schedule.kpis = kpisJson;
        schedule.status = status;
        schedule.message = message;
        schedule.finishedAt = clock.instant();
    }

    @Transactional
    public void fail(long id, ScheduleStatus status, String message) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule != null) {
            schedule.status = status;
            schedule.message = message;
            schedule.finishedAt = clock.instant();
        }
    }

    /** Jobs this process was running or holding when it stopped cannot be resumed: say so, never leave them SOLVING. */
    @Transactional
    public int failInterrupted() {
        return em.createQuery("update Schedule set status = :failed, message = :why, finishedAt = :now "
                + "where status in (:queued, :solving)")
                .setParameter("failed", ScheduleStatus.FAILED)
                .setParameter("why", "The service stopped while this job was queued or solving; submit it again")
                .setParameter("now", clock.instant())
                .setParameter("queued", ScheduleStatus.QUEUED)
                .setParameter("solving", ScheduleStatus.SOLVING)
                .executeUpdate();
    }

    @Transactional
    public Schedule publish(long id) {
        Schedule schedule = em.find(Schedule.class, id);
        schedule.status = ScheduleStatus.PUBLISHED;
        schedule.publishedAt = clock.instant();
        return schedule;
    }

    /**
     * Takes the publish lock for the rest of the transaction: publishes run one at a time, so each sees
     * what the one before it published. Solving jobs never take it.
     */
    @Transactional
    public void lockPublishing() {
        em.createNativeQuery("select id from schedule_publish_lock where id = 1 for update").getResultList();
    }

    /** Shifts published for the week and the weeks on either side (rest and overlap reach across weeks). */
    @Transactional
    public List<ScheduledShift> publishedShiftsAround(java.time.LocalDate weekStart) {
        List<ScheduledShift> shifts = new ArrayList<>();
        for (int offset = -1; offset <= 1; offset++) {
            shifts.addAll(publishedShifts(weekStart.plusWeeks(offset)));
        }
        return shifts;
    }

    /** Every shift of the week's published schedules. */
    @Transactional
    public List<ScheduledShift> publishedShifts(java.time.LocalDate weekStart) {
        return publishedForWeek(weekStart).stream().flatMap(s -> shifts(s.id).stream()).toList();
    }

    /** Publishes one schedule and retires the published ones it replaces, in one transaction. */
    @Transactional
    public Schedule publish(long id, List<Long> superseded) {
        for (Long old : superseded) {
            Schedule replaced = em.find(Schedule.class, old);
            replaced.status = ScheduleStatus.CANCELLED;
            replaced.message = "Superseded by schedule " + id;
        }
        return publish(id);
    }

    @Transactional
    public List<Schedule> publishedForWeek(java.time.LocalDate weekStart) {
        return em.createQuery("from Schedule where weekStart = :week and status = :published", Schedule.class)
                .setParameter("week", weekStart).setParameter("published", ScheduleStatus.PUBLISHED).getResultList();
    }
}

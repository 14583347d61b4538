package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.problem.UnplacedActivity;

/** The activity sessions of stored schedules: written with a solve's outcome, read by views, publishing and re-plans. */
@ApplicationScoped
public class ActivityStore {

    /** Placed sessions of published schedules overlapping [?1, ?2), each joined with its attendees as {@code ag}. */
    private static final String PUBLISHED_OVERLAPPING = " from ScheduleActivityRecord a left join a.agentIds ag,"
            + " Schedule s where s.id = a.scheduleId and s.status = org.openwfm.schedule.api.ScheduleStatus.PUBLISHED"
            + " and a.start < ?2 and a.end > ?1 ";

    @Inject
    EntityManager em;

    /** Replaces the schedule's sessions with a solve's. */
    @Transactional
    public void replace(long scheduleId, List<ScheduledActivity> placed, List<UnplacedActivity> unplaced) {
        em.createNativeQuery("delete from schedule_activity where schedule_id = ?1")
                .setParameter(1, scheduleId)
                .executeUpdate();
        add(scheduleId, placed, unplaced);
    }

    /** Adds one part's sessions to a split schedule: parts share no agent, so no session twice. */
    @Transactional
    public void add(long scheduleId, List<ScheduledActivity> placed, List<UnplacedActivity> unplaced) {
        placed.forEach(session -> em.persist(ScheduleActivityRecord.placed(scheduleId, session)));
        unplaced.forEach(session -> em.persist(ScheduleActivityRecord.unplaced(scheduleId, session)));
    }

    /** The sessions the schedule places, by start. */
    @Transactional
    public List<ScheduledActivity> placed(long scheduleId) {
        return placedIn(List.of(scheduleId));
    }

    /** The sessions the schedules place, by start. */
    @Transactional
    public List<ScheduledActivity> placedIn(Collection<Long> scheduleIds) {
        if (scheduleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "from ScheduleActivityRecord a where a.scheduleId in ?1 and a.start is not null"
                                + " order by a.start, a.sessionKey",
                        ScheduleActivityRecord.class)
                .setParameter(1, scheduleIds)
                .getResultStream()
                .map(ScheduleActivityRecord::toActivity)
                .toList();
    }

    /**
     * The placed sessions of published schedules that overlap [from, to) and that any of the agents attends or the
     * supervisor (when not null) leads, by start; a session two published schedules both hold is listed once.
     */
    @Transactional
    public List<ScheduledActivity> publishedOverlapping(
            Collection<String> agentIds, String supervisorId, Instant from, Instant to) {
        Stream<ScheduleActivityRecord> attended = agentIds.isEmpty()
                ? Stream.empty()
                : em.createQuery(
                                "select distinct a" + PUBLISHED_OVERLAPPING + "and ag in ?3",
                                ScheduleActivityRecord.class)
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .setParameter(3, agentIds)
                        .getResultStream();
        Stream<ScheduleActivityRecord> led = supervisorId == null
                ? Stream.empty()
                : em.createQuery(
                                "select distinct a" + PUBLISHED_OVERLAPPING + "and a.supervisorId = ?3",
                                ScheduleActivityRecord.class)
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .setParameter(3, supervisorId)
                        .getResultStream();
        return Stream.concat(attended, led)
                .map(ScheduleActivityRecord::toActivity)
                .distinct()
                .sorted(Comparator.comparing(ScheduledActivity::start).thenComparing(ScheduledActivity::key))
                .toList();
    }

    /** The sessions the schedule leaves out, with why. */
    @Transactional
    public List<UnplacedActivity> unplaced(long scheduleId) {
        return em.createQuery(
                        "from ScheduleActivityRecord a where a.scheduleId = ?1 and a.start is null"
                                + " order by a.sessionKey",
                        ScheduleActivityRecord.class)
                .setParameter(1, scheduleId)
                .getResultStream()
                .map(ScheduleActivityRecord::toUnplaced)
                .toList();
    }
}

package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.Digests;
import org.openwfm.shared.time.Instants;
import org.openwfm.shared.time.TimeSpan;

/**
 * Shift rows and their breaks: written when a solve ends, read by publishing and re-plans, and changed
 * one at a time by claims and releases in a published schedule.
 */
@ApplicationScoped
public class ShiftStore {

    private static final String OF_PUBLISHED = " from ScheduleShiftRecord r, Schedule s where s.id = r.scheduleId "
            + "and s.status = org.openwfm.schedule.api.ScheduleStatus.PUBLISHED ";
    private static final String PUBLISHED_SHIFT = "select r" + OF_PUBLISHED;

    @Inject
    EntityManager em;

    @Transactional
    public List<ScheduledShift> shifts(long scheduleId) {
        Map<Long, List<TimeSpan>> breaks = breaks(scheduleId);
        return records(scheduleId).stream()
                .map(r -> r.toShift(breaks.getOrDefault(r.id, List.of())))
                .toList();
    }

    @Transactional
    public List<ScheduleShiftRecord> records(long scheduleId) {
        return em.createQuery(
                        "from ScheduleShiftRecord where scheduleId = :id order by agentId, start",
                        ScheduleShiftRecord.class)
                .setParameter("id", scheduleId)
                .getResultList();
    }

    /** Breaks of a schedule's shifts, by shift id, in time order. */
    @Transactional
    public Map<Long, List<TimeSpan>> breaks(long scheduleId) {
        return breaksBy("s.schedule_id = ?1", scheduleId);
    }

    /** Breaks of the given shifts, by shift id, in time order. */
    @Transactional
    public Map<Long, List<TimeSpan>> breaksOfShifts(Collection<Long> shiftIds) {
        return shiftIds.isEmpty() ? Map.of() : breaksBy("s.id in (?1)", shiftIds);
    }

    /** Published shifts of one agent starting in [from, to), in time order. */
    @Transactional
    public List<ScheduleShiftRecord> publishedOfAgent(String agentId, Instant from, Instant to) {
        return em.createQuery(
                        PUBLISHED_SHIFT
                                + "and r.agentId = :agent and r.start >= :from and r.start < :to order by r.start",
                        ScheduleShiftRecord.class)
                .setParameter("agent", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Published shifts of the agents starting in [from, to), by agent and start. */
    @Transactional
    public List<ScheduleShiftRecord> publishedOfAgents(Collection<String> agentIds, Instant from, Instant to) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        PUBLISHED_SHIFT
                                + "and r.agentId in :agents and r.start >= :from and r.start < :to"
                                + " order by r.agentId, r.start",
                        ScheduleShiftRecord.class)
                .setParameter("agents", agentIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Published shifts on one client channel that overlap [from, to), with their breaks. */
    @Transactional
    public List<ScheduledShift> publishedOnChannel(ChannelKey channel, Instant from, Instant to) {
        List<ScheduleShiftRecord> records = em.createQuery(
                        PUBLISHED_SHIFT + "and r.clientId = :client and r.channel = :channel "
                                + "and r.start < :to and r.end > :from",
                        ScheduleShiftRecord.class)
                .setParameter("client", channel.clientId())
                .setParameter("channel", channel.channel())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, List<TimeSpan>> breaks =
                breaksOfShifts(records.stream().map(r -> r.id).toList());
        return records.stream()
                .map(r -> r.toShift(breaks.getOrDefault(r.id, List.of())))
                .toList();
    }

    /** Every shift of the published schedules of the week and the weeks on either side, with breaks. */
    @Transactional
    public List<PublishedShift> publishedAround(LocalDate weekStart) {
        List<Object[]> rows = em.createQuery(
                        "select s.id, s.weekStart, s.clientIds, r" + OF_PUBLISHED
                                + "and s.weekStart between :first and :last",
                        Object[].class)
                .setParameter("first", weekStart.minusWeeks(1))
                .setParameter("last", weekStart.plusWeeks(1))
                .getResultList();
        Map<Long, List<TimeSpan>> breaks = breaksOfShifts(
                rows.stream().map(r -> ((ScheduleShiftRecord) r[3]).id).toList());
        return rows.stream()
                .map(r -> {
                    ScheduleShiftRecord record = (ScheduleShiftRecord) r[3];
                    String clients = (String) r[2];
                    return new PublishedShift(
                            (Long) r[0],
                            (LocalDate) r[1],
                            clients.isEmpty() ? List.of() : List.of(clients.split(",")),
                            record.id,
                            record.toShift(breaks.getOrDefault(record.id, List.of())));
                })
                .toList();
    }

    /**
     * A digest of published shifts (ids, agents, channels and times): equal digests mean no claim or
     * release touched them in between.
     */
    public static String digest(Collection<PublishedShift> shifts) {
        StringBuilder text = new StringBuilder();
        shifts.stream()
                .sorted(Comparator.comparingLong(PublishedShift::shiftId))
                .forEach(p -> text.append(p.shiftId())
                        .append('|')
                        .append(p.shift().agentId())
                        .append('|')
                        .append(p.shift().channel())
                        .append('|')
                        .append(p.shift().start())
                        .append('|')
                        .append(p.shift().end())
                        .append('\n'));
        return Digests.sha256Hex(text.toString());
    }

    @Transactional
    public ScheduleShiftRecord find(long shiftId) {
        return em.find(ScheduleShiftRecord.class, shiftId);
    }

    /** Adds a shift with its breaks to a schedule. */
    @Transactional
    public ScheduleShiftRecord insert(long scheduleId, ScheduledShift shift) {
        ScheduleShiftRecord record = persisted(scheduleId, shift);
        insertBreaks(
                shift.breaks().stream().map(b -> new BreakRow(record.id, b)).toList());
        return record;
    }

    /**
     * Stores a whole solution's shifts. Each shift row is inserted as it is persisted (identity ids) with no flush
     * in between, and the breaks go in one JDBC batch: a flush or a native statement per shift would make Hibernate
     * check every shift stored before it, which made a 19,000-shift week take a minute to store.
     */
    @Transactional
    public void insertAll(long scheduleId, List<ScheduledShift> shifts) {
        List<BreakRow> breaks = new ArrayList<>();
        for (ScheduledShift shift : shifts) {
            ScheduleShiftRecord record = persisted(scheduleId, shift);
            shift.breaks().forEach(b -> breaks.add(new BreakRow(record.id, b)));
        }
        insertBreaks(breaks);
    }

    private ScheduleShiftRecord persisted(long scheduleId, ScheduledShift shift) {
        ScheduleShiftRecord record = new ScheduleShiftRecord();
        record.scheduleId = scheduleId;
        record.agentId = shift.agentId();
        record.clientId = shift.channel().clientId();
        record.channel = shift.channel().channel();
        record.start = shift.start();
        record.end = shift.end();
        em.persist(record); // an identity id: Hibernate inserts the row here, and the id is known
        return record;
    }

    /** Gives a shift new times and new breaks. */
    @Transactional
    public void move(ScheduleShiftRecord record, Instant start, Instant end, List<TimeSpan> breaks) {
        record.start = start;
        record.end = end;
        em.merge(record);
        em.flush();
        em.createNativeQuery("delete from schedule_shift_break where shift_id = ?1")
                .setParameter(1, record.id)
                .executeUpdate();
        insertBreaks(breaks.stream().map(b -> new BreakRow(record.id, b)).toList());
    }

    @Transactional
    public void delete(ScheduleShiftRecord record) {
        em.remove(em.contains(record) ? record : em.merge(record));
        em.flush();
    }

    /** Removes every shift of a schedule (its breaks go with them). */
    @Transactional
    public void deleteAll(long scheduleId) {
        em.createQuery("delete from ScheduleShiftRecord where scheduleId = :id")
                .setParameter("id", scheduleId)
                .executeUpdate();
    }

    /** Deletes the schedule's shifts for some of its clients: one part's of a split job. */
    @Transactional
    public void deleteOfClients(long scheduleId, List<String> clientIds) {
        em.createQuery("delete from ScheduleShiftRecord where scheduleId = :id and clientId in :clients")
                .setParameter("id", scheduleId)
                .setParameter("clients", clientIds)
                .executeUpdate();
    }

    /** A break of a stored shift, waiting for its batch insert. */
    private record BreakRow(long shiftId, TimeSpan span) {}

    private void insertBreaks(List<BreakRow> breaks) {
        if (breaks.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into schedule_shift_break (shift_id, start_at, end_at) values (?, ?, ?)")) {
                for (BreakRow row : breaks) {
                    insert.setLong(1, row.shiftId());
                    insert.setObject(2, row.span().start().atOffset(ZoneOffset.UTC));
                    insert.setObject(3, row.span().end().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private Map<Long, List<TimeSpan>> breaksBy(String condition, Object value) {
        List<Object[]> rows = em.createNativeQuery(
                        "select b.shift_id, b.start_at, b.end_at from schedule_shift_break b "
                                + "join schedule_shift s on s.id = b.shift_id where " + condition
                                + " order by b.shift_id, b.start_at")
                .setParameter(1, value)
                .getResultList();
        Map<Long, List<TimeSpan>> byShift = new HashMap<>();
        for (Object[] row : rows) {
            byShift.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new TimeSpan(Instants.ofColumn(row[1]), Instants.ofColumn(row[2])));
        }
        return byShift;
    }
}

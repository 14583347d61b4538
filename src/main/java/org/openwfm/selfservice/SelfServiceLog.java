package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.shared.time.Instants;

/** The audit log of claims, releases and shift trades. A kept change is logged in its own transaction; a refusal in a new one. */
@ApplicationScoped
public class SelfServiceLog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void append(LogEntry entry) {
        em.createNativeQuery(
                        "insert into self_service_log (at, username, agent_id, action, outcome, client_id, channel, "
                                + "start_at, end_at, seats, minutes, shift_id, notice_minutes, reason) "
                                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, entry.username())
                .setParameter(3, entry.agentId())
                .setParameter(4, entry.action().name())
                .setParameter(5, entry.outcome().name())
                .setParameter(6, entry.clientId())
                .setParameter(
                        7, entry.channel() == null ? null : entry.channel().name())
                .setParameter(8, entry.start() == null ? null : entry.start().atOffset(ZoneOffset.UTC))
                .setParameter(9, entry.end() == null ? null : entry.end().atOffset(ZoneOffset.UTC))
                .setParameter(10, entry.seats())
                .setParameter(11, entry.minutes())
                .setParameter(12, entry.shiftId())
                .setParameter(13, entry.noticeMinutes())
                .setParameter(
                        14,
                        entry.reason() == null || entry.reason().length() <= 2000
                                ? entry.reason()
                                : entry.reason().substring(0, 2000))
                .executeUpdate();
    }

    /** An agent's entries from {@code from} on, newest first. */
    @Transactional
    public List<LogEntry> ofAgent(String agentId, Instant from, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                        "select id, at, username, agent_id, action, outcome, client_id, channel, "
                                + "start_at, end_at, seats, minutes, shift_id, notice_minutes, reason from self_service_log "
                                + "where agent_id = ?1 and at >= ?2 order by id desc")
                .setParameter(1, agentId)
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new LogEntry(
                        ((Number) r[0]).longValue(),
                        Instants.ofColumn(r[1]),
                        (String) r[2],
                        (String) r[3],
                        LogAction.valueOf((String) r[4]),
                        LogOutcome.valueOf((String) r[5]),
                        (String) r[6],
                        r[7] == null ? null : Channel.valueOf((String) r[7]),
                        r[8] == null ? null : Instants.ofColumn(r[8]),
                        r[9] == null ? null : Instants.ofColumn(r[9]),
                        r[10] == null ? null : ((Number) r[10]).intValue(),
                        longOrNull(r[11]),
                        longOrNull(r[12]),
                        longOrNull(r[13]),
                        (String) r[14]))
                .toList();
    }

    /** Minutes an agent released since {@code from}: in all, and with less notice than {@code lateMinutes}. */
    @Transactional
    ReleasedMinutes releasedMinutes(String agentId, Instant from, long lateMinutes) {
        Object[] sums =
                (Object[]) em.createNativeQuery("select sum(minutes), sum(case when notice_minutes < ?3 then minutes "
                                + "else 0 end) from self_service_log where agent_id = ?1 and at >= ?2 and action = ?4 "
                                + "and outcome = ?5")
                        .setParameter(1, agentId)
                        .setParameter(2, from.atOffset(ZoneOffset.UTC))
                        .setParameter(3, lateMinutes)
                        .setParameter(4, LogAction.RELEASE.name())
                        .setParameter(5, LogOutcome.DONE.name())
                        .getSingleResult();
        return new ReleasedMinutes(longOrZero(sums[0]), longOrZero(sums[1]));
    }

    /** Minutes an agent gave back: all of them, and those given back with too little notice. */
    record ReleasedMinutes(long total, long late) {}

    private static long longOrZero(Object column) {
        return column == null ? 0 : ((Number) column).longValue();
    }

    private static Long longOrNull(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }
}

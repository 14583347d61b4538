package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.time.Instants;

/**
 * Seat rows in plain SQL. Taking a seat is one conditional update ({@code open_seats > 0}), so two
 * claims can never both take the last seat, on H2 or PostgreSQL: the second waits for the first's row
 * lock and then finds no seat. Callers hold the transaction.
 */
@ApplicationScoped
class OpenSlotStore {

    private static final String COLUMNS = "client_id, channel, interval_start, interval_end, required, planned, "
            + "uncovered_seats, released_seats, claimed_seats, open_seats, opened_at";

    @Inject
    EntityManager em;

    /** Rows of a client channel starting in [from, to), in time order. */
    List<SlotRow> rows(ChannelKey channel, Instant from, Instant to) {
        return select("", channel, from, to, "");
    }

    /** Rows with open seats, in time order. */
    List<SlotRow> openRows(ChannelKey channel, Instant from, Instant to) {
        return select("and open_seats > 0 ", channel, from, to, "");
    }

    /** Rows locked for the rest of the transaction, in time order (the order claims lock them in too). */
    List<SlotRow> lockRows(ChannelKey channel, Instant from, Instant to) {
        return select("", channel, from, to, " for update");
    }

    /**
     * Takes one seat of the interval if one is open and has been open to the claimant since
     * {@code openedNoLaterThan}. @return whether a seat was taken
     */
    boolean take(ChannelKey channel, Instant start, Instant openedNoLaterThan, Instant now) {
        return em.createNativeQuery(
                                "update open_slot set open_seats = open_seats - 1, claimed_seats = claimed_seats + 1, "
                                        + "updated_at = ?1 where client_id = ?2 and channel = ?3 and interval_start = ?4 and open_seats > 0 "
                                        + "and opened_at <= ?5")
                        .setParameter(1, utc(now))
                        .setParameter(2, channel.clientId())
                        .setParameter(3, channel.channel().name())
                        .setParameter(4, utc(start))
                        .setParameter(5, utc(openedNoLaterThan))
                        .executeUpdate()
                == 1;
    }

    /** Adds released seats to an interval, creating its row when it has none. */
    void release(ChannelKey channel, Instant start, Instant end, int seats, Instant now) {
        int updated = em.createNativeQuery("update open_slot set released_seats = released_seats + ?1, "
                        + "opened_at = case when open_seats = 0 then ?2 else opened_at end, open_seats = open_seats + ?1, updated_at = ?2 "
                        + "where client_id = ?3 and channel = ?4 and interval_start = ?5")
                .setParameter(1, seats)
                .setParameter(2, utc(now))
                .setParameter(3, channel.clientId())
                .setParameter(4, channel.channel().name())
                .setParameter(5, utc(start))
                .executeUpdate();
        if (updated == 0) {
            insert(List.of(new SlotRow(channel, start, end, null, null, new SeatLedger(0, seats, 0, seats), now)), now);
        }
    }

    /** Writes a row's requirement and seats after a forecast revision. */
    void update(SlotRow row, Instant now) {
        em.createNativeQuery(
                        "update open_slot set required = ?1, uncovered_seats = ?2, open_seats = ?3, opened_at = ?4, "
                                + "updated_at = ?5 where client_id = ?6 and channel = ?7 and interval_start = ?8")
                .setParameter(1, row.required())
                .setParameter(2, row.seats().uncovered())
                .setParameter(3, row.seats().open())
                .setParameter(4, row.openedAt() == null ? null : utc(row.openedAt()))
                .setParameter(5, utc(now))
                .setParameter(6, row.channel().clientId())
                .setParameter(7, row.channel().channel().name())
                .setParameter(8, utc(row.start()))
                .executeUpdate();
    }

    /** Replaces a client channel's rows in [from, to) with the given ones. */
    void replace(ChannelKey channel, Instant from, Instant to, List<SlotRow> rows, Instant now) {
        em.createNativeQuery("delete from open_slot where client_id = ?1 and channel = ?2 and interval_start >= ?3 "
                        + "and interval_start < ?4")
                .setParameter(1, channel.clientId())
                .setParameter(2, channel.channel().name())
                .setParameter(3, utc(from))
                .setParameter(4, utc(to))
                .executeUpdate();
        insert(rows, now);
    }

    private void insert(List<SlotRow> rows, Instant now) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into open_slot (" + COLUMNS
                    + ", updated_at) " + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SlotRow row : rows) {
                    insert.setString(1, row.channel().clientId());
                    insert.setString(2, row.channel().channel().name());
                    insert.setObject(3, utc(row.start()));
                    insert.setObject(4, utc(row.end()));
                    insert.setObject(5, row.required(), java.sql.Types.INTEGER);
                    insert.setObject(6, row.planned(), java.sql.Types.INTEGER);
                    insert.setInt(7, row.seats().uncovered());
                    insert.setInt(8, row.seats().released());
                    insert.setInt(9, row.seats().claimed());
                    insert.setInt(10, row.seats().open());
                    insert.setObject(
                            11,
                            row.openedAt() == null ? null : utc(row.openedAt()),
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(12, utc(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private List<SlotRow> select(String condition, ChannelKey channel, Instant from, Instant to, String lock) {
        List<Object[]> found = em.createNativeQuery(
                        "select " + COLUMNS + " from open_slot where client_id = ?1 and channel = ?2 "
                                + "and interval_start >= ?3 and interval_start < ?4 " + condition
                                + "order by interval_start" + lock)
                .setParameter(1, channel.clientId())
                .setParameter(2, channel.channel().name())
                .setParameter(3, utc(from))
                .setParameter(4, utc(to))
                .getResultList();
        return found.stream()
                .map(r -> new SlotRow(
                        new ChannelKey((String) r[0], Channel.valueOf((String) r[1])),
                        Instants.ofColumn(r[2]),
                        Instants.ofColumn(r[3]),
                        integer(r[4]),
                        integer(r[5]),
                        new SeatLedger(integer(r[6]), integer(r[7]), integer(r[8]), integer(r[9])),
                        r[10] == null ? null : Instants.ofColumn(r[10])))
                .toList();
    }

    private static Integer integer(Object column) {
        return column == null ? null : ((Number) column).intValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

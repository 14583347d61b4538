package org.openwfm.forecast.actuals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.openwfm.client.Channel;
import org.openwfm.forecast.actuals.ActualsViews.StoredInterval;

/**
 * Actual rows through plain JDBC on the transaction's connection, in batches as forecast rows are written: a
 * year of 30-minute intervals for several channels is some 100,000 rows, which managed entities would not write
 * in seconds. Each row is updated in place when its interval is stored already, else inserted.
 */
@ApplicationScoped
class ActualsStore {

    private static final int BATCH = 1000;

    private static final String UPDATE = "update actual_interval set contacts = ?, aht_seconds = ?, abandoned = ?, "
            + "answered_in_target = ?, upload_id = ? where client_id = ? and channel = ? and interval_start = ?";
    private static final String INSERT = "insert into actual_interval (contacts, aht_seconds, abandoned, "
            + "answered_in_target, upload_id, client_id, channel, interval_start) values (?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    EntityManager em;

    /**
     * Makes uploads run one at a time until the transaction ends: two uploads of one interval would otherwise
     * both find it missing and both insert it.
     */
    void lockUploads() {
        em.createNativeQuery("select id from actual_upload_lock where id = 1 for update")
                .getSingleResult();
    }

    /**
     * Writes every row for the upload, updating the intervals already stored and inserting the others (the stored
     * ones are looked up first, so each row is written once); returns how many it replaced.
     */
    int write(long uploadId, List<ActualRow> rows) {
        int[] replaced = {0};
        em.unwrap(Session.class).doWork(connection -> {
            Set<String> stored = storedKeys(connection, rows);
            List<ActualRow> replacing = new ArrayList<>();
            List<ActualRow> fresh = new ArrayList<>();
            for (ActualRow row : rows) {
                boolean isStored = stored.contains(
                        key(row.clientId(), row.channel(), row.interval().start()));
                (isStored ? replacing : fresh).add(row);
            }
            writeBatches(connection, UPDATE, uploadId, replacing);
            writeBatches(connection, INSERT, uploadId, fresh);
            replaced[0] = replacing.size();
        });
        return replaced[0];
    }

    /** The stored rows of a client channel in [from, to), in interval order. */
    List<StoredInterval> read(String clientId, Channel channel, Instant from, Instant to) {
        List<StoredInterval> rows = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select interval_start, contacts, aht_seconds, abandoned, answered_in_target, upload_id "
                            + "from actual_interval where client_id = ? and channel = ? and interval_start >= ? "
                            + "and interval_start < ? order by interval_start")) {
                select.setString(1, clientId);
                select.setString(2, channel.name());
                select.setObject(3, utc(from));
                select.setObject(4, utc(to));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredInterval(
                                rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getDouble(2),
                                rs.getObject(3, Double.class),
                                rs.getObject(4, Double.class),
                                rs.getObject(5, Double.class),
                                rs.getLong(6)));
                    }
                }
            }
        });
        return rows;
    }

    /** The first and last interval an upload has for one client channel. */
    private record Span(String clientId, Channel channel, Instant first, Instant last) {

        Span widen(Span other) {
            return new Span(
                    clientId,
                    channel,
                    first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }

    /** The intervals already stored within the span each client channel of the upload covers. */
    private static Set<String> storedKeys(Connection connection, List<ActualRow> rows) throws SQLException {
        Map<String, Span> spans = new HashMap<>();
        for (ActualRow row : rows) {
            Instant start = row.interval().start();
            spans.merge(
                    row.clientId() + '\u0000' + row.channel(),
                    new Span(row.clientId(), row.channel(), start, start),
                    Span::widen);
        }
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select interval_start from actual_interval "
                + "where client_id = ? and channel = ? and interval_start >= ? and interval_start <= ?")) {
            for (Span span : spans.values()) {
                select.setString(1, span.clientId());
                select.setString(2, span.channel().name());
                select.setObject(3, utc(span.first()));
                select.setObject(4, utc(span.last()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Instant start = rs.getObject(1, OffsetDateTime.class).toInstant();
                        keys.add(key(span.clientId(), span.channel(), start));
                    }
                }
            }
        }
        return keys;
    }

    private static void writeBatches(Connection connection, String sql, long uploadId, List<ActualRow> rows)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (ActualRow row : rows) {
                bind(statement, uploadId, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static String key(String clientId, Channel channel, Instant start) {
        return clientId + '\u0000' + channel + '\u0000' + start.getEpochSecond();
    }

    /** The update and the insert take the same parameters in the same order: values, upload, then the key. */
    private static void bind(PreparedStatement statement, long uploadId, ActualRow row) throws SQLException {
        ActualInterval interval = row.interval();
        statement.setDouble(1, interval.contacts());
        setNullable(statement, 2, interval.ahtSeconds());
        setNullable(statement, 3, interval.abandoned());
        setNullable(statement, 4, interval.answeredInTarget());
        statement.setLong(5, uploadId);
        statement.setString(6, row.clientId());
        statement.setString(7, row.channel().name());
        statement.setObject(8, utc(interval.start()));
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

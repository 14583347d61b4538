package org.openwfm.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.openwfm.client.Channel;

/**
 * Forecast rows through plain JDBC on the transaction's connection: an upload may hold 100,000 rows,
 * which batch inserts write in seconds where managed entities would not.
 */
@ApplicationScoped
class ForecastStore {

    private static final int BATCH = 1000;

    /** A stored interval and the version it came from. */
    record StoredInterval(Instant start, double contacts, double ahtSeconds, long forecastId) {}

    @Inject
    EntityManager em;

    void insertRows(long forecastId, List<ForecastRow> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into forecast_interval "
                            + "(forecast_id, client_id, channel, interval_start, contacts, aht_seconds) values (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (ForecastRow row : rows) {
                    insert.setLong(1, forecastId);
                    insert.setString(2, row.clientId());
                    insert.setString(3, row.channel().name());
                    insert.setObject(4, utc(row.intervalStart()));
                    insert.setDouble(5, row.contacts());
                    insert.setDouble(6, row.ahtSeconds());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** For each interval in [from, to), the row of the newest version that has one. */
    List<StoredInterval> effectiveCurve(String clientId, Channel channel, Instant from, Instant to) {
        return newestPerInterval(query(
                "select interval_start, contacts, aht_seconds, forecast_id from forecast_interval "
                        + "where client_id = ? and channel = ? and interval_start >= ? and interval_start < ? "
                        + "order by interval_start, forecast_id desc",
                clientId,
                channel,
                from,
                to,
                null));
    }

    /**
     * For each interval in [from, to), the row of the newest version stored before the interval began: the
     * forecast planners staffed to, whatever was stored after the fact.
     */
    List<StoredInterval> curveInEffect(String clientId, Channel channel, Instant from, Instant to) {
        return newestPerInterval(query(
                "select i.interval_start, i.contacts, i.aht_seconds, i.forecast_id from forecast_interval i "
                        + "join forecast f on f.id = i.forecast_id "
                        + "where i.client_id = ? and i.channel = ? and i.interval_start >= ? and i.interval_start < ? "
                        + "and f.uploaded_at <= i.interval_start order by i.interval_start, i.forecast_id desc",
                clientId,
                channel,
                from,
                to,
                null));
    }

    /** Rows ordered by start, newest version first within a start: the first of each start. */
    private static List<StoredInterval> newestPerInterval(List<StoredInterval> all) {
        List<StoredInterval> newest = new ArrayList<>();
        for (StoredInterval row : all) {
            if (newest.isEmpty() || !newest.get(newest.size() - 1).start().equals(row.start())) {
                newest.add(row);
            }
        }
        return newest;
    }

    /** The rows of one version, as uploaded. */
    List<StoredInterval> versionCurve(long forecastId, String clientId, Channel channel, Instant from, Instant to) {
        return query(
                "select interval_start, contacts, aht_seconds, forecast_id from forecast_interval "
                        + "where client_id = ? and channel = ? and interval_start >= ? and interval_start < ? and forecast_id = ? "
                        + "order by interval_start",
                clientId,
                channel,
                from,
                to,
                forecastId);
    }

    private List<StoredInterval> query(
            String sql, String clientId, Channel channel, Instant from, Instant to, Long forecastId) {
        List<StoredInterval> rows = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, clientId);
                select.setString(2, channel.name());
                select.setObject(3, utc(from));
                select.setObject(4, utc(to));
                if (forecastId != null) {
                    select.setLong(5, forecastId);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new StoredInterval(
                                rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getDouble(2),
                                rs.getDouble(3),
                                rs.getLong(4)));
                    }
                }
            }
        });
        return rows;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

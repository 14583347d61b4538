package org.openwfm.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What every application table holds, as "rows:digest" per table. The digest is a sum of row hashes, so it
 * ignores row order but changes with any insert, update or delete: a refused request must leave it equal.
 */
final class DatabaseFingerprint {

    /**
     * Flyway's own bookkeeping, the audit log, which records refused claims and releases by design, the Quartz
     * cluster's check-in row, which its replica rewrites every few seconds whatever the requests do, and what
     * notifications write: notices of other test classes' changes are made on a worker thread after those commit,
     * so they may land during any case here (with the event each pushes).
     */
    static final Set<String> EXCLUDED = Set.of(
            "flyway_schema_history",
            "self_service_log",
            "qrtz_scheduler_state",
            "notification",
            "notification_email",
            "app_event");

    private DatabaseFingerprint() {}

    static TreeMap<String, String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            TreeMap<String, String> tables = new TreeMap<>();
            for (String table : applicationTables(statement)) {
                tables.put(table, digest(statement, table));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
    }

    static long count(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
    }

    private static List<String> applicationTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = current_schema and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                if (!EXCLUDED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No application tables found: the fingerprint would prove nothing");
        }
        return tables;
    }

    private static String digest(Statement statement, String table) throws SQLException {
        long rows = 0;
        long sum = 0;
        try (ResultSet rs = statement.executeQuery("select * from " + table)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                sum += rowHash(row.toString());
                rows++;
            }
        }
        return rows + ":" + Long.toHexString(sum);
    }

    /**
     * 64-bit FNV-1a over the row's text: any changed value changes it, at a fraction of a cryptographic digest's cost
     * (the fingerprint reads every row of every table twice per hostile case, so its cost is the suite's).
     */
    private static long rowHash(String row) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < row.length(); i++) {
            hash ^= row.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}

package org.openwfm.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A fresh PostgreSQL database for one replica test class, dropped when closed (even with replicas still connected).
 * The server is PGHOST:PGPORT (default 127.0.0.1:5432), user PGUSER (default postgres) with trust auth, as in
 * {@code .ci/test-on-postgresql.sh}.
 */
final class ReplicaDatabase implements AutoCloseable {

    static final String HOST = env("PGHOST", "127.0.0.1");
    static final String PORT = env("PGPORT", "5432");
    static final String USER = env("PGUSER", "postgres");

    final String name;

    private ReplicaDatabase(String name) {
        this.name = name;
    }

    /** A new empty database named after the test, this JVM and the moment, so parallel runs never meet. */
    static ReplicaDatabase create(String purpose) throws SQLException {
        String name = ("openwfm_it_" + purpose + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis())
                .toLowerCase(Locale.ROOT);
        execute("create database " + name);
        return new ReplicaDatabase(name);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    /**
     * Once the replicas' migration is done, blocks writes to {@code table} (a share lock: reads go on) until
     * {@code replicas} sessions wait on a lock, then lets go. Replicas racing to create the same row then all get
     * past their "is it there yet?" check and meet at the insert, the worst case, which plain starts seconds apart
     * only meet by chance; replicas that queue at the start-up lock instead wait there too. Answers the most
     * sessions seen waiting, fewer than asked if it held {@code within} in vain. Keep {@code within} under the
     * replicas' transaction timeout (60 s), which ends a start that waits longer.
     */
    int holdWrites(String table, int replicas, Duration within) throws SQLException, InterruptedException {
        Instant migrationDeadline = Instant.now().plusSeconds(120);
        // Two sessions: the holder's transaction keeps the lock; the watcher, in autocommit, sees pg_stat_activity
        // afresh each time (inside a transaction PostgreSQL shows the same snapshot of it).
        try (Connection holder = DriverManager.getConnection(jdbcUrl(), USER, "");
                Connection watcher = DriverManager.getConnection(jdbcUrl(), USER, "");
                Statement holding = holder.createStatement();
                Statement watching = watcher.createStatement()) {
            // Only once the last migration is in does nothing but the starts themselves wait on the lock below (a
            // migration that alters the table would otherwise wait on it, and the other replica on the migration).
            String lastApplied = "select exists (select 1 from flyway_schema_history where version = '"
                    + lastMigration() + "' and success)";
            while (!exists(watching, "select to_regclass('public.flyway_schema_history') is not null")
                    || !exists(watching, lastApplied)) {
                if (Instant.now().isAfter(migrationDeadline)) {
                    return 0;
                }
                Thread.sleep(20);
            }
            holder.setAutoCommit(false);
            Instant deadline = Instant.now().plus(within);
            holding.execute("lock table " + table + " in share mode");
            int waiting = 0;
            while (waiting < replicas && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                try (ResultSet count = watching.executeQuery("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'")) {
                    count.next();
                    waiting = Math.max(waiting, count.getInt(1));
                }
            }
            holder.rollback();
            return waiting;
        }
    }

    /** The version of the newest migration the build carries ("20" for V20__...sql). */
    private static String lastMigration() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Statement statement, String sql) throws SQLException {
        try (ResultSet answer = statement.executeQuery(sql)) {
            return answer.next() && answer.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection admin =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

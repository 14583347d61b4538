package org.openwfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No feature queries another feature's tables. ArchUnit cannot read SQL, so this reads the sources: each
 * table the Flyway migrations create belongs to one feature (the one whose entity maps it, or the one
 * named below), and a feature's SQL and JPQL strings may name only its own tables and entities. Another
 * feature's rows are asked for through that feature's service, store or port.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/openwfm");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables no entity maps: written in plain SQL by the feature that owns them. */
    private static final Map<String, String> PLAIN_SQL_TABLES = Map.of(
            "actual_interval", "forecast",
            "actual_upload_lock", "forecast",
            "app_event", "events",
            "forecast_interval", "forecast",
            "open_slot", "selfservice",
            "self_service_log", "selfservice",
            "schedule_publish_lock", "schedule",
            "schedule_shift_break", "schedule",
            "schedule_submit_lock", "schedule",
            "startup_lock", "shared");

    private static final String QUARTZ_TABLE_PREFIX = "qrtz_";

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)");
    private static final Pattern MAPPED_TABLE =
            Pattern.compile("@(?:Collection)?Table\\(name\\s*=\\s*\"([a-z_0-9]+)\"");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");
    /** A name where SQL or JPQL expects a table or an entity ("for update" locks, it names nothing). */
    private static final Pattern QUERIED =
            Pattern.compile("(?i)\\b(?:from|join|into|(?<!for\\s)update)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void everyTableHasOneOwningFeature() {
        TreeSet<String> unowned = new TreeSet<>(migratedTables());
        unowned.removeAll(owners().keySet());
        assertThat(unowned)
                .as("tables no feature owns: map them with an entity or in PLAIN_SQL_TABLES")
                .isEmpty();
    }

    @Test
    void featuresQueryOnlyTheirOwnTables() {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        for (Path source : sources()) {
            String feature = featureOf(source);
            for (String name : queriedNames(read(source))) {
                String owner = owners.get(name);
                if (owner != null && !owner.equals(feature)) {
                    trespasses.add(MAIN.relativize(source) + " queries " + name + " of " + owner);
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void queriedNamesAreFoundInSqlAndJpql() {
        String source = "em.createNativeQuery(\"select id from agent order by id for update\");"
                + " em.createQuery(\"from ScheduleShiftRecord r join \" + \"Schedule s\");"
                + " \"insert into open_slot (a) values (?)\"; \"update open_slot set\"; \"no agent here\";"
                + " char quote = '\"'; // \"from agent\" in a comment names nothing\n"
                + " query.setParameter(\"from\", from).setParameter(\"agent\", agentId);";
        assertThat(queriedNames(source))
                .containsExactly("agent", "ScheduleShiftRecord", "Schedule", "open_slot", "open_slot");
    }

    /** Table and entity names, each with the feature that owns it. */
    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>(PLAIN_SQL_TABLES);
        // Quartz's job store holds the solve jobs; only Quartz reads and writes it, for the schedule feature.
        migratedTables().stream()
                .filter(table -> table.startsWith(QUARTZ_TABLE_PREFIX))
                .forEach(table -> owners.put(table, "schedule"));
        for (Path source : sources()) {
            String text = read(source);
            String feature = featureOf(source);
            MAPPED_TABLE.matcher(text).results().forEach(m -> owners.put(m.group(1), feature));
            ENTITY.matcher(text).results().forEach(m -> owners.put(m.group(1), feature));
        }
        return owners;
    }

    /** The names a source's strings query, in order; adjacent literals are read as one text (a query split up). */
    static List<String> queriedNames(String source) {
        return QUERIED.matcher(stringLiterals(source))
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    /**
     * The contents of the source's string literals and text blocks, skipping comments and char literals;
     * literals joined by {@code +} read as one text (a query split over lines), others apart.
     */
    static String stringLiterals(String source) {
        StringBuilder strings = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                strings.append(source, i + 3, close).append(separator(source, close + 3));
                i = close + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    strings.append(source, i + 1, j).append(separator(source, j + 1));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return strings.toString();
    }

    /** A space when the literal goes on with a {@code +}; otherwise a stop no query reads across. */
    private static String separator(String source, int afterLiteral) {
        return source.substring(afterLiteral).stripLeading().startsWith("+") ? " " : " ; ";
    }

    private static int end(String source, String closing, int from) {
        int at = source.indexOf(closing, from);
        return at < 0 ? source.length() : at + closing.length();
    }

    private static TreeSet<String> migratedTables() {
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql"))
                    .forEach(f -> CREATE_TABLE
                            .matcher(read(f))
                            .results()
                            .forEach(m -> tables.add(m.group(1).toLowerCase())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tables).contains("agent", "open_slot", "schedule_shift");
        return tables;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level package under org.openwfm the source lies in. */
    private static String featureOf(Path source) {
        Path relative = MAIN.relativize(source);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

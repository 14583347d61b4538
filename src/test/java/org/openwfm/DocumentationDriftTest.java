package org.openwfm;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.solver.RosterConstraints;

/**
 * The docs name the solver's constraints and the self-scheduling rules as the code does, and send the reader
 * only to files of this repository: a renamed constraint, a new rule or a moved doc fails here instead of
 * leaving the docs quietly wrong. Each side is read from its source, never from a list kept in this test.
 */
class DocumentationDriftTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");

    @Test
    void theConstraintsTableListsEveryConstraintTheSolverHasWithItsLevel() throws IOException {
        Map<String, String> documented = table(ROOT.resolve("docs/scheduling.md"), "constraint").stream()
                .collect(toMap(row -> row.get(0), row -> row.get(1)));

        assertThat(documented)
                .as("docs/scheduling.md (actual) against RosterConstraints (expected)")
                .isEqualTo(constraintLevelsInCode());
    }

    @Test
    void theClaimAndReleaseRuleTablesListEveryRuleByItsName() throws IOException {
        Path doc = ROOT.resolve("docs/self-scheduling.md");
        Map<String, Set<String>> inCode = ruleNamesInCode();

        for (String table : inCode.keySet()) {
            assertThat(firstColumn(doc, table))
                    .as("the '" + table + "' table of docs/self-scheduling.md (actual) against the code (expected)")
                    .containsExactlyInAnyOrderElementsOf(inCode.get(table));
        }
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : docs()) {
            for (String target : relativeLinks(doc)) {
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved =
                        file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such file)");
                } else if (!anchor.isEmpty() && !headingAnchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void noDocSendsTheReaderOutsideTheRepository() throws IOException {
        for (Path doc : docs()) {
            assertThat(Files.readString(doc))
                    .as(ROOT.relativize(doc).toString())
                    .doesNotContain("../shared");
        }
    }

    /**
     * The rule names each documented table must list, as the code answers them. Where the rules live may change
     * (contract rules could move into their own enum): then this method is the one place to adapt.
     */
    static Map<String, Set<String>> ruleNamesInCode() {
        return Map.of(
                "claim rule", ruleNames("org.openwfm.selfservice.ClaimRule"),
                "release rule", ruleNames("org.openwfm.selfservice.ReleaseRule"));
    }

    /** The name of every value of a rule enum, read through its {@code ruleName()} (the enums are package-private). */
    private static Set<String> ruleNames(String enumClass) {
        try {
            Class<?> rules = Class.forName(enumClass);
            Method ruleName = rules.getDeclaredMethod("ruleName");
            ruleName.setAccessible(true);
            Set<String> names = new TreeSet<>();
            for (Object rule : rules.getEnumConstants()) {
                names.add((String) ruleName.invoke(rule));
            }
            return names;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the rule names of " + enumClass, e);
        }
    }

    /**
     * Every constraint RosterConstraints registers, with its level: Timefold analyses an empty roster and reports each
     * registered constraint with its weight, whose non-zero part is the level.
     */
    static Map<String, String> constraintLevelsInCode() {
        SolverFactory<Roster> solverFactory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class));
        Roster empty = new Roster(Instant.EPOCH, 30, List.of(), List.of(), List.of());
        return SolutionManager.create(solverFactory).analyze(empty).constraintMap().entrySet().stream()
                .collect(toMap(
                        e -> e.getKey().constraintName(),
                        e -> level((HardMediumSoftScore) e.getValue().weight())));
    }

    private static String level(HardMediumSoftScore weight) {
        return weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
    }

    /** README.md, BENCHMARKS.md and every file under docs/. */
    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md")),
                            files.filter(f -> f.toString().endsWith(".md")).sorted())
                    .toList();
        }
    }

    /** Link targets that are neither a URL nor a mail address; a link's text may run over two lines. */
    private static List<String> relativeLinks(Path doc) throws IOException {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(String.join("\n", outsideCodeBlocks(doc)));
        while (link.find()) {
            if (!link.group(1).matches("^[a-z]+:.*")) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> headingAnchors(Path file) throws IOException {
        if (!file.toString().endsWith(".md")) {
            return Set.of();
        }
        return outsideCodeBlocks(file).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").strip().toLowerCase())
                .map(heading -> heading.codePoints()
                        .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString()
                        .replace(' ', '-'))
                .collect(toSet());
    }

    private static List<String> outsideCodeBlocks(Path doc) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(doc)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> firstColumn(Path doc, String header) throws IOException {
        return table(doc, header).stream().map(row -> row.get(0)).toList();
    }

    /** The body rows of the table whose first header cell is {@code header}, each cell trimmed and unquoted. */
    private static List<List<String>> table(Path doc, String header) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        int head = -1;
        for (int i = 0; i < lines.size() && head < 0; i++) {
            if (!cells(lines.get(i)).isEmpty() && cells(lines.get(i)).get(0).equalsIgnoreCase(header)) {
                head = i;
            }
        }
        assertThat(head).as("a table headed '" + header + "' in " + doc).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (int i = head + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(cells(lines.get(i)));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return Stream.of(line.substring(1).split("\\|"))
                .map(cell -> cell.strip().replace("`", ""))
                .toList();
    }
}

package org.openwfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.openwfm.shared.error.Violation;

/**
 * Whatever document it is given, the parser either accepts it, and then the rows it read survive being
 * written out and read again, or refuses it with every error on a line that exists. Documents mix good
 * rows with garbage cells, random quoting (sometimes broken) and random line endings.
 */
class ForecastCsvPropertiesTest {

    private static final String[] HEADER = {"client_id", "channel", "interval_start", "contacts", "aht_seconds"};

    /** A document as cells, rendered with a line ending and a quoting decision per cell. */
    record Document(
            List<List<String>> rows,
            String lineEnding,
            List<Boolean> quoting,
            boolean byteOrderMark,
            boolean brokenQuote) {

        String text() {
            StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
            int cell = 0;
            for (List<String> row : rows) {
                List<String> rendered = new ArrayList<>();
                for (String value : row) {
                    boolean quote = quoting.get(cell++ % quoting.size()) || needsQuotes(value);
                    rendered.add(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                }
                text.append(String.join(",", rendered)).append(lineEnding);
            }
            // An opening quote that never closes, as a truncated upload leaves it.
            return brokenQuote ? text + "\"retail,VOICE" : text.toString();
        }

        int lines() {
            String text = text();
            return (int) text.chars().filter(ch -> ch == '\n').count()
                    + (int) text.replace("\r\n", "\n")
                            .chars()
                            .filter(ch -> ch == '\r')
                            .count()
                    + 1;
        }
    }

    @Property(tries = 300)
    void acceptsAndRoundTripsOrRefusesWithRealLineNumbers(@ForAll("documents") Document document) {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(document.text());

        if (parsed.errors().isEmpty()) {
            List<ForecastCandidate> again =
                    ForecastCsv.parse(write(parsed.candidates())).candidates();
            assertThat(values(again)).isEqualTo(values(parsed.candidates()));
        } else {
            assertThat(parsed.errors())
                    .allSatisfy(error -> assertThat(error.line())
                            .as("line of %s", error)
                            .isNotNull()
                            .isBetween(1, document.lines()));
        }
    }

    /** Every accepted good-rows document keeps each row (no row is lost or invented). */
    @Property(tries = 100)
    void acceptsEveryDocumentOfGoodRows(@ForAll("goodDocuments") Document document) {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(document.text());

        assertThat(parsed.errors()).extracting(Violation::message).isEmpty();
        assertThat(parsed.candidates()).hasSize(document.rows().size() - 1);
    }

    @Provide
    Arbitrary<Document> documents() {
        return document(0.25, Arbitraries.of(true, false, false, false, false, false, false, false, false, false));
    }

    @Provide
    Arbitrary<Document> goodDocuments() {
        return document(0, Arbitraries.just(false));
    }

    /**
     * A header (the product's, reordered, or wrong) and up to 12 rows whose cells fit their column, except
     * that each is garbage with the given probability.
     */
    private static Arbitrary<Document> document(double garbage, Arbitrary<Boolean> brokenQuote) {
        Arbitrary<List<String>> headers = garbage == 0
                ? Arbitraries.of(List.of(HEADER), List.of(HEADER[3], HEADER[0], HEADER[4], HEADER[2], HEADER[1]))
                : Arbitraries.of(
                        List.of(HEADER),
                        List.of(HEADER[3], HEADER[0], HEADER[4], HEADER[2], HEADER[1]),
                        List.of("client_id", "channel", "start", "contacts", "aht"));
        Arbitrary<List<List<String>>> rows = headers.flatMap(header -> {
            Arbitrary<List<String>> row = Combinators.combine(
                            header.stream().map(column -> cell(column, garbage)).toList())
                    .as(cells -> cells);
            return row.list().ofMinSize(garbage == 0 ? 1 : 0).ofMaxSize(12).map(body -> {
                List<List<String>> all = new ArrayList<>();
                all.add(header);
                all.addAll(body);
                return all;
            });
        });
        return Combinators.combine(
                        rows,
                        Arbitraries.of("\n", "\r\n", "\r"),
                        Arbitraries.of(true, false).list().ofSize(7),
                        Arbitraries.of(true, false),
                        brokenQuote)
                .as(Document::new);
    }

    private static Arbitrary<String> cell(String column, double garbage) {
        if (garbage == 0) {
            return goodValue(column);
        }
        int garbagePercent = (int) Math.round(garbage * 100);
        return Arbitraries.frequencyOf(
                Tuple.of(100 - garbagePercent, goodValue(column)),
                Tuple.of(
                        garbagePercent * 2 / 3,
                        Arbitraries.of(
                                "",
                                " ",
                                "NaN",
                                "Infinity",
                                "-1",
                                "1e999",
                                "0x10",
                                "5d",
                                "1,5",
                                "\"",
                                "a\"b",
                                "x\ny",
                                "x\r\ny",
                                "'; DROP TABLE forecast; --",
                                "<script>",
                                "\uFEFF",
                                "\u0000",
                                "FAX",
                                "2031-03-03T15:00:00")),
                Tuple.of(garbagePercent / 3, Arbitraries.strings().all().ofMaxLength(8)));
    }

    /** What a real file holds in the column: the forms the README allows, within the parser's bounds. */
    private static Arbitrary<String> goodValue(String column) {
        return switch (column) {
            case "client_id" -> Arbitraries.of("retail", "bank", " telecom ");
            case "channel" -> Arbitraries.of("VOICE", "chat", " Email ");
            case "interval_start", "start" ->
                Arbitraries.integers()
                        .between(0, 47)
                        .map(h -> String.format("2031-03-%02dT%02d:%02d:00Z", 3 + h / 24, h % 24, h % 2 * 30));
            case "contacts" -> Arbitraries.doubles().between(0, 5000).ofScale(2).map(d -> Double.toString(d));
            default -> Arbitraries.integers().between(1, 7200).map(String::valueOf);
        };
    }

    private static String write(List<ForecastCandidate> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (ForecastCandidate row : rows) {
            csv.append(quoted(row.clientId()))
                    .append(',')
                    .append(row.channel() == null ? "" : row.channel().name())
                    .append(',')
                    .append(row.start() == null ? "" : row.start().toString())
                    .append(',')
                    .append(row.contacts() == null ? "" : row.contacts().toString())
                    .append(',')
                    .append(row.ahtSeconds() == null ? "" : row.ahtSeconds().toString())
                    .append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static boolean needsQuotes(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    }

    private static List<List<Object>> values(List<ForecastCandidate> rows) {
        return rows.stream()
                .map(r -> List.<Object>of(
                        Objects.toString(r.clientId()),
                        Objects.toString(r.channel()),
                        Objects.toString(r.start()),
                        Objects.toString(r.contacts()),
                        Objects.toString(r.ahtSeconds())))
                .toList();
    }
}

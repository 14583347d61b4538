package org.openwfm.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openwfm.shared.error.Violation;

/**
 * Reads an upload's CSV against its columns: the header, then each row through the caller's reader, recording
 * every problem with its line (and column) instead of stopping at the first. What a row means is the caller's.
 */
public final class UploadCsv {

    /** The rows read (one per record after the header, unreadable ones included) and every problem found. */
    public record Read<T>(List<T> rows, List<Violation> errors) {}

    private UploadCsv() {}

    /**
     * @param readRow reads a record whose field count matches the header
     * @param unreadable stands in for a record with the wrong field count, so rows keep counting
     */
    public static <T> Read<T> read(
            String text, UploadColumns columns, Function<CsvRow, T> readRow, Function<RowLocator, T> unreadable) {
        List<Violation> errors = new ArrayList<>();
        List<T> rows = new ArrayList<>();
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvReader.MalformedCsvException e) {
            errors.add(Violation.ofLine(e.line, null, e.getMessage()));
            return new Read<>(rows, errors);
        }
        if (records.isEmpty()) {
            errors.add(Violation.ofLine(1, null, "the file is empty; expected the header " + columns.expected()));
            return new Read<>(rows, errors);
        }
        Map<String, Integer> positions = readHeader(records.get(0), columns, errors);
        if (!errors.isEmpty()) {
            return new Read<>(rows, errors);
        }
        if (records.size() == 1) {
            errors.add(Violation.ofLine(1, null, "the file has a header but no rows"));
        }
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != positions.size()) {
                RowLocator where = RowLocator.csvLine(record.line());
                errors.add(where.at(
                        null,
                        "expected " + positions.size() + " fields, found "
                                + record.fields().size()));
                rows.add(unreadable.apply(where));
            } else {
                rows.add(readRow.apply(new CsvRow(record, positions, errors)));
            }
        }
        return new Read<>(rows, errors);
    }

    /** The header must name each required column once and optional ones at most once; order is free. */
    private static Map<String, Integer> readHeader(
            CsvReader.Record header, UploadColumns columns, List<Violation> errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!columns.isKnown(name)) {
                errors.add(Violation.ofLine(
                        header.line(), name, "unknown column '" + name + "'; expected " + columns.expected()));
            } else if (positions.putIfAbsent(name, i) != null) {
                errors.add(Violation.ofLine(header.line(), name, "column '" + name + "' appears twice"));
            }
        }
        for (String required : columns.required()) {
            if (!positions.containsKey(required) && errors.isEmpty()) {
                errors.add(Violation.ofLine(
                        header.line(), required, "missing column '" + required + "'; expected " + columns.expected()));
            }
        }
        return positions;
    }
}

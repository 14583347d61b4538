package org.openwfm.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openwfm.client.Channel;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;

/**
 * Reads the forecast CSV of the product ({@code client_id,channel,interval_start,contacts,aht_seconds})
 * into candidates, recording every field that cannot be read with its line and column.
 */
final class ForecastCsv {

    static final String CLIENT_ID = "client_id";
    static final String CHANNEL = "channel";
    static final String INTERVAL_START = "interval_start";
    static final String CONTACTS = "contacts";
    static final String AHT_SECONDS = "aht_seconds";
    static final List<String> HEADER = List.of(CLIENT_ID, CHANNEL, INTERVAL_START, CONTACTS, AHT_SECONDS);

    /** Plain decimals only: Java would also accept "NaN", "Infinity", "1d" and hex. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d{1,3})?|[-+]?\\.\\d+");

    record Parsed(List<ForecastCandidate> candidates, List<Violation> errors) {}

    private ForecastCsv() {}

    static Parsed parse(String text) {
        List<Violation> errors = new ArrayList<>();
        List<ForecastCandidate> candidates = new ArrayList<>();
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(text);
        } catch (CsvReader.MalformedCsvException e) {
            errors.add(Violation.ofLine(e.line, null, e.getMessage()));
            return new Parsed(candidates, errors);
        }
        if (records.isEmpty()) {
            errors.add(Violation.ofLine(1, null, "the file is empty; expected the header " + String.join(",", HEADER)));
            return new Parsed(candidates, errors);
        }
        Map<String, Integer> columns = readHeader(records.get(0), errors);
        if (!errors.isEmpty()) {
            return new Parsed(candidates, errors);
        }
        if (records.size() == 1) {
            errors.add(Violation.ofLine(1, null, "the file has a header but no rows"));
        }
        for (CsvReader.Record record : records.subList(1, records.size())) {
            candidates.add(readRow(record, columns, errors));
        }
        return new Parsed(candidates, errors);
    }

    /** The header must name each column once; order is free, other columns are refused. */
    private static Map<String, Integer> readHeader(CsvReader.Record header, List<Violation> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (!HEADER.contains(name)) {
                errors.add(Violation.ofLine(
                        header.line(), name, "unknown column '" + name + "'; expected " + String.join(",", HEADER)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(Violation.ofLine(header.line(), name, "column '" + name + "' appears twice"));
            }
        }
        for (String required : HEADER) {
            if (!columns.containsKey(required) && errors.isEmpty()) {
                errors.add(Violation.ofLine(
                        header.line(),
                        required,
                        "missing column '" + required + "'; expected " + String.join(",", HEADER)));
            }
        }
        return columns;
    }

    private static ForecastCandidate readRow(
            CsvReader.Record record, Map<String, Integer> columns, List<Violation> errors) {
        RowLocator where = RowLocator.csvLine(record.line());
        if (record.fields().size() != HEADER.size()) {
            errors.add(where.at(
                    null,
                    "expected " + HEADER.size() + " fields, found "
                            + record.fields().size()));
            return new ForecastCandidate(where, null, null, null, null, null);
        }
        String clientId = field(record, columns, CLIENT_ID);
        if (clientId.isEmpty()) {
            errors.add(where.at(CLIENT_ID, "is empty"));
        }
        Channel channel = Channel.parse(field(record, columns, CHANNEL));
        if (channel == null) {
            errors.add(where.at(CHANNEL, "'" + field(record, columns, CHANNEL) + "' is not one of " + Channel.NAMES));
        }
        var start = Instants.parseWithOffset(field(record, columns, INTERVAL_START));
        if (start.isEmpty()) {
            errors.add(where.at(
                    INTERVAL_START, "'" + field(record, columns, INTERVAL_START) + "' is not " + Instants.EXPECTED));
        }
        Double contacts = number(record, columns, CONTACTS, where, errors);
        Double aht = number(record, columns, AHT_SECONDS, where, errors);
        return new ForecastCandidate(
                where, clientId.isEmpty() ? null : clientId, channel, start.orElse(null), contacts, aht);
    }

    private static Double number(
            CsvReader.Record record,
            Map<String, Integer> columns,
            String column,
            RowLocator where,
            List<Violation> errors) {
        String text = field(record, columns, column);
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        errors.add(where.at(column, "'" + text + "' is not a number"));
        return null;
    }

    private static String field(CsvReader.Record record, Map<String, Integer> columns, String column) {
        return record.fields().get(columns.get(column)).trim();
    }
}

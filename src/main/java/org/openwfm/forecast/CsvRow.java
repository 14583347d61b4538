package org.openwfm.forecast;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openwfm.shared.error.Violation;

/**
 * One record of an upload's CSV with a field count that matches its header: cells are read by column name,
 * and a cell that cannot be read records its violation at this row's line and that column.
 */
public final class CsvRow {

    /** Plain decimals only: Java would also accept "NaN", "Infinity", "1d" and hex. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d{1,3})?|[-+]?\\.\\d+");

    private final CsvReader.Record record;
    private final Map<String, Integer> columns;
    private final RowLocator where;
    private final List<Violation> errors;

    CsvRow(CsvReader.Record record, Map<String, Integer> columns, List<Violation> errors) {
        this.record = record;
        this.columns = columns;
        this.where = RowLocator.csvLine(record.line());
        this.errors = errors;
    }

    public RowLocator where() {
        return where;
    }

    /** Whether the header named this column (optional columns may be left out). */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell's text, trimmed. */
    public String text(String column) {
        return record.fields().get(columns.get(column)).trim();
    }

    /** The cell as a finite number, or null after recording why it is not one. */
    public Double number(String column) {
        String text = text(column);
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        refuse(column, "'" + text + "' is not a number");
        return null;
    }

    public void refuse(String column, String message) {
        errors.add(where.at(column, message));
    }
}

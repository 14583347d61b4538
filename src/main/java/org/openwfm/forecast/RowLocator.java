package org.openwfm.forecast;

import org.openwfm.shared.error.Violation;

/**
 * Where an uploaded row came from, so a violation names what the uploader sees: a line and column of
 * the CSV, or the JSON path of the interval.
 */
public interface RowLocator {

    Violation at(String column, String message);

    /** Sort key: the line, or the position in the JSON array. */
    int order();

    static RowLocator csvLine(int line) {
        return new RowLocator() {
            public Violation at(String column, String message) {
                return Violation.ofLine(line, column, message);
            }

            public int order() {
                return line;
            }
        };
    }

    static RowLocator jsonInterval(int index) {
        return new RowLocator() {
            public Violation at(String column, String message) {
                return Violation.ofField(
                        "intervals[" + index + "]" + (column == null ? "" : "." + jsonName(column)), message);
            }

            public int order() {
                return index;
            }
        };
    }

    /** The JSON name of a CSV column: camel case ({@code aht_seconds} is {@code ahtSeconds}), the start just "start". */
    private static String jsonName(String csvColumn) {
        if (csvColumn.equals(ForecastCsv.INTERVAL_START)) {
            return "start";
        }
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : csvColumn.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }
}

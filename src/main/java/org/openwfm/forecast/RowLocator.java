package org.openwfm.forecast;

import org.openwfm.shared.error.Violation;

/**
 * Where an uploaded row came from, so a violation names what the uploader sees: a line and column of
 * the CSV, or the JSON path of the interval.
 */
interface RowLocator {

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

    private static String jsonName(String csvColumn) {
        return switch (csvColumn) {
            case ForecastCsv.CLIENT_ID -> "clientId";
            case ForecastCsv.INTERVAL_START -> "start";
            case ForecastCsv.AHT_SECONDS -> "ahtSeconds";
            default -> csvColumn;
        };
    }
}

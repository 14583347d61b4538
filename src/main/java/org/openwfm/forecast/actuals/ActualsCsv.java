package org.openwfm.forecast.actuals;

import java.util.List;
import org.openwfm.forecast.CsvRow;
import org.openwfm.forecast.ForecastCandidate;
import org.openwfm.forecast.ForecastCsv;
import org.openwfm.forecast.UploadColumns;
import org.openwfm.forecast.UploadCsv;

/** Reads the actuals CSV: the forecast's header, and optionally {@code abandoned} and {@code answered_in_target}. */
final class ActualsCsv {

    static final String ABANDONED = "abandoned";
    static final String ANSWERED_IN_TARGET = "answered_in_target";
    static final UploadColumns COLUMNS = new UploadColumns(ForecastCsv.HEADER, List.of(ABANDONED, ANSWERED_IN_TARGET));

    private ActualsCsv() {}

    static UploadCsv.Read<ActualCandidate> parse(String text) {
        return UploadCsv.read(
                text,
                COLUMNS,
                ActualsCsv::readRow,
                where -> new ActualCandidate(ForecastCandidate.unreadable(where), null, null));
    }

    private static ActualCandidate readRow(CsvRow row) {
        ForecastCandidate interval = ForecastCsv.readRow(row);
        return new ActualCandidate(interval, optionalCount(row, ABANDONED), optionalCount(row, ANSWERED_IN_TARGET));
    }

    /** A column the header left out is unknown for every row; one it names must hold a number in every row. */
    private static Double optionalCount(CsvRow row, String column) {
        return row.has(column) ? row.number(column) : null;
    }
}

package org.openwfm.forecast.actuals;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.forecast.ForecastCandidate;
import org.openwfm.forecast.ForecastCsv;
import org.openwfm.forecast.ForecastJson;
import org.openwfm.forecast.ForecastUpload;
import org.openwfm.forecast.RowLocator;
import org.openwfm.forecast.UploadCsv;
import org.openwfm.shared.error.Violation;

/**
 * Turns the JSON form into the same candidates the CSV gives: the forecast's fields are read as a forecast upload
 * reads them, with the same JSON paths in errors; the optional counts after them.
 */
final class ActualsJson {

    private ActualsJson() {}

    static UploadCsv.Read<ActualCandidate> read(ActualsUpload upload) {
        ForecastCsv.Parsed intervals = ForecastJson.read(new ForecastUpload(
                upload.clientId(),
                upload.channel(),
                upload.note(),
                upload.intervals().stream()
                        .map(i -> new ForecastUpload.Interval(i.start(), i.contacts(), i.ahtSeconds()))
                        .toList()));
        List<Violation> errors = new ArrayList<>(intervals.errors());
        List<ActualCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < upload.intervals().size(); i++) {
            ActualsUpload.Interval interval = upload.intervals().get(i);
            ForecastCandidate read = intervals.candidates().get(i);
            candidates.add(new ActualCandidate(
                    read,
                    optionalCount(interval.abandoned(), ActualsCsv.ABANDONED, read.where(), errors),
                    optionalCount(interval.answeredInTarget(), ActualsCsv.ANSWERED_IN_TARGET, read.where(), errors)));
        }
        return new UploadCsv.Read<>(candidates, errors);
    }

    /** Left out is unknown; Jackson's "NaN", "Infinity" and 1e999 are refused as the CSV refuses them. */
    private static Double optionalCount(Double value, String column, RowLocator where, List<Violation> errors) {
        if (value != null && !Double.isFinite(value)) {
            errors.add(where.at(column, "'" + value + "' is not a number"));
            return null;
        }
        return value;
    }
}

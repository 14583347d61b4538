package org.openwfm.forecast;

import java.util.ArrayList;
import java.util.List;

import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;

/** Turns the JSON form of an upload into the same candidates the CSV gives, with JSON paths for errors. */
final class ForecastJson {

    private ForecastJson() {
    }

    static ForecastCsv.Parsed read(ForecastUpload upload) {
        List<Violation> errors = new ArrayList<>();
        List<ForecastCandidate> candidates = new ArrayList<>();
        if (upload.intervals().isEmpty()) {
            errors.add(Violation.ofField("intervals", "must hold at least one interval"));
        }
        for (int i = 0; i < upload.intervals().size(); i++) {
            ForecastUpload.Interval interval = upload.intervals().get(i);
            RowLocator where = RowLocator.jsonInterval(i);
            var start = Instants.parseWithOffset(interval.start());
            if (start.isEmpty()) {
                errors.add(where.at(ForecastCsv.INTERVAL_START, "'" + interval.start()
                        + "' is not " + Instants.EXPECTED));
            }
            requirePresent(interval.contacts(), ForecastCsv.CONTACTS, where, errors);
            requirePresent(interval.ahtSeconds(), ForecastCsv.AHT_SECONDS, where, errors);
            candidates.add(new ForecastCandidate(where, upload.clientId().trim(), upload.channel(), start.orElse(null),
                    interval.contacts(), interval.ahtSeconds()));
        }
        return new ForecastCsv.Parsed(candidates, errors);
    }

    private static void requirePresent(Double value, String column, RowLocator where, List<Violation> errors) {
        if (value == null) {
            errors.add(where.at(column, "is required"));
        }
    }
}

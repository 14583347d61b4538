package org.openwfm.forecast;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;

/** Turns the JSON form of an upload into the same candidates the CSV gives, with JSON paths for errors. */
public final class ForecastJson {

    private ForecastJson() {}

    public static ForecastCsv.Parsed read(ForecastUpload upload) {
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
                errors.add(
                        where.at(ForecastCsv.INTERVAL_START, "'" + interval.start() + "' is not " + Instants.EXPECTED));
            }
            requireFiniteNumber(interval.contacts(), ForecastCsv.CONTACTS, where, errors);
            requireFiniteNumber(interval.ahtSeconds(), ForecastCsv.AHT_SECONDS, where, errors);
            candidates.add(new ForecastCandidate(
                    where,
                    upload.clientId().trim(),
                    upload.channel(),
                    start.orElse(null),
                    finiteOrNull(interval.contacts()),
                    finiteOrNull(interval.ahtSeconds())));
        }
        return new ForecastCsv.Parsed(candidates, errors);
    }

    /** A value already refused is left out, as the CSV leaves out a cell it could not read. */
    private static Double finiteOrNull(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }

    /** Jackson reads "NaN", "Infinity" and 1e999 as doubles; like the CSV, the JSON form refuses them. */
    private static void requireFiniteNumber(Double value, String column, RowLocator where, List<Violation> errors) {
        if (value == null) {
            errors.add(where.at(column, "is required"));
        } else if (!Double.isFinite(value)) {
            errors.add(where.at(column, "'" + value + "' is not a number"));
        }
    }
}

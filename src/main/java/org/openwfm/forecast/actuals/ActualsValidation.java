package org.openwfm.forecast.actuals;

import java.util.List;
import java.util.Map;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.ForecastCandidate;
import org.openwfm.forecast.ForecastCsv;
import org.openwfm.forecast.ForecastValidation;
import org.openwfm.shared.error.Violation;

/**
 * The rules of an actuals row: a forecast row's (known client channel, on its grain, contacts in range, each
 * interval once), except that a quiet interval (no contacts) may have a handle time of 0; and abandoned and
 * answered in target are counts that together fit within the contacts.
 */
final class ActualsValidation {

    private ActualsValidation() {}

    static void check(List<ActualCandidate> candidates, Map<String, ClientProfile> clients, List<Violation> errors) {
        List<ForecastCandidate> intervals =
                candidates.stream().map(ActualCandidate::interval).toList();
        ForecastValidation.check(intervals, clients, ActualsValidation::checkAht, errors);
        for (ActualCandidate row : candidates) {
            checkCounts(row, errors);
        }
    }

    private static void checkAht(ForecastCandidate row, List<Violation> errors) {
        Double aht = row.ahtSeconds();
        if (aht == null) {
            return;
        }
        boolean contactsCame = row.contacts() == null || row.contacts() > 0;
        if (aht < 0 || aht > ForecastValidation.MAX_AHT_SECONDS || (aht == 0 && contactsCame)) {
            errors.add(row.where()
                    .at(
                            ForecastCsv.AHT_SECONDS,
                            "must be above 0 and at most 7200 (0 only where contacts is 0), was " + aht));
        }
    }

    private static void checkCounts(ActualCandidate row, List<Violation> errors) {
        // Both are checked (no short circuit), so both problems are listed.
        boolean countsValid = nonNegative(row, row.abandoned(), ActualsCsv.ABANDONED, errors)
                & nonNegative(row, row.answeredInTarget(), ActualsCsv.ANSWERED_IN_TARGET, errors);
        Double contacts = row.interval().contacts();
        if (!countsValid || contacts == null || contacts < 0) {
            return;
        }
        double abandoned = row.abandoned() == null ? 0 : row.abandoned();
        double answered = row.answeredInTarget() == null ? 0 : row.answeredInTarget();
        if (abandoned + answered > contacts) {
            String column = row.answeredInTarget() != null ? ActualsCsv.ANSWERED_IN_TARGET : ActualsCsv.ABANDONED;
            String counted = row.abandoned() != null && row.answeredInTarget() != null
                    ? "abandoned and answered_in_target together are " + (abandoned + answered)
                    : column + " is " + (abandoned + answered);
            errors.add(row.interval().where().at(column, counted + ", more than the " + contacts + " contacts"));
        }
    }

    private static boolean nonNegative(ActualCandidate row, Double count, String column, List<Violation> errors) {
        if (count != null && count < 0) {
            errors.add(row.interval().where().at(column, "must be 0 or more, was " + count));
            return false;
        }
        return true;
    }
}

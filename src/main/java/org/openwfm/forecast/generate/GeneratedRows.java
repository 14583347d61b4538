package org.openwfm.forecast.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.forecast.ForecastRow;
import org.openwfm.forecast.method.DayGrid;
import org.openwfm.shared.error.ProblemException;

/** A generated forecast back on the UTC grain, as the rows of a version. */
final class GeneratedRows {

    private GeneratedRows() {}

    /**
     * One row per interval the method forecast; slots it had nothing to go on (never seen at that weekday and time)
     * get no row, as an upload would leave them out. A slot without a handle-time forecast (its history had
     * contacts too rare to measure one) takes the history's mean handle time.
     */
    static List<ForecastRow> of(
            String clientId, Channel channel, LocalClock clock, DayGrid contacts, DayGrid aht, DayGrid ahtHistory) {
        double fallbackAht = mean(ahtHistory);
        List<ForecastRow> rows = new ArrayList<>();
        for (int day = 0; day < contacts.days(); day++) {
            LocalDate date = contacts.date(day);
            for (int slot = 0; slot < contacts.slotsPerDay(); slot++) {
                double volume = contacts.at(day, slot);
                if (Double.isNaN(volume)) {
                    continue;
                }
                double handle = Double.isNaN(aht.at(day, slot)) ? fallbackAht : aht.at(day, slot);
                if (Double.isNaN(handle)) {
                    throw ProblemException.unprocessable("The actuals of " + clientId + " " + channel
                            + " carry no handle time: no interval with contacts has aht_seconds");
                }
                for (Instant start : clock.startsOf(date, slot)) {
                    rows.add(new ForecastRow(clientId, channel, start, Math.max(0, volume), handle));
                }
            }
        }
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The actuals of " + clientId + " " + channel + " give no weekday and time to forecast from");
        }
        return rows;
    }

    /** Plain mean over known slots: a fallback only, for slots whose own history is too thin. */
    private static double mean(DayGrid grid) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < grid.length(); i++) {
            if (!Double.isNaN(grid.at(i))) {
                sum += grid.at(i);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}

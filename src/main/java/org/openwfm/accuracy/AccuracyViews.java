package org.openwfm.accuracy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.accuracy.ErrorSums.ErrorScore;
import org.openwfm.accuracy.StaffingErrorSums.StaffingError;
import org.openwfm.client.Channel;

/** What the accuracy endpoint answers. */
public final class AccuracyViews {

    private AccuracyViews() {}

    /**
     * @param forecastId the version compared, or null for the forecast in effect: per interval, the newest version
     *     stored before the interval began
     * @param intervalsWithoutForecast intervals with actuals but no forecast row, left out of every score
     * @param days per local day of the client, in order
     * @param intervals every compared interval, for a chart of forecast against actuals
     */
    public record Accuracy(
            String clientId,
            Channel channel,
            Instant from,
            Instant to,
            Long forecastId,
            Scores overall,
            int intervalsWithoutForecast,
            List<DayScores> days,
            List<ComparedInterval> intervals) {}

    /** Handle time is scored over intervals that had contacts, since a quiet interval has none. */
    public record Scores(ErrorScore contacts, ErrorScore handleTime, StaffingError staffing) {}

    public record DayScores(LocalDate date, Scores scores) {}

    public record ComparedInterval(
            Instant start,
            double actualContacts,
            double forecastContacts,
            Double actualAhtSeconds,
            double forecastAhtSeconds,
            long forecastId,
            int agentsFromForecast,
            int agentsFromActuals) {}
}

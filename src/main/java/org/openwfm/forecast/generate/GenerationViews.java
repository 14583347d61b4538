package org.openwfm.forecast.generate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openwfm.client.Channel;
import org.openwfm.forecast.ForecastViews.VersionView;
import org.openwfm.forecast.method.BackTestReport;

/** What the generate endpoint takes and answers. */
public final class GenerationViews {

    /** Far enough for a quarter's plan; a longer forecast from history is a guess nobody should staff to. */
    static final int MAX_WEEKS = 12;

    private GenerationViews() {}

    /**
     * @param from the first local date of the forecast, in the client's zone; history is what happened before it
     * @param method auto when left out
     */
    public record GenerateRequest(
            @NotBlank @Size(max = 64) String clientId,
            @NotNull Channel channel,
            @NotNull LocalDate from,
            @NotNull @Min(1) @Max(MAX_WEEKS) Integer weeks,
            @Size(max = 32) String method,
            @Size(max = 500) String note) {}

    /**
     * @param forecast the stored version, as an upload's
     * @param method the method asked for (auto when none was)
     * @param methodByLeadDay which method made each lead day, 1 being {@code from}
     * @param backTest rolling-origin scores: for auto every method's, for a named method its own; null when the history
     *     is too short for a named method's back-test
     * @param backTestSkipped why there is no back-test (how much history one needs, how much there is); else null
     */
    public record Generation(
            VersionView forecast,
            String method,
            Map<Integer, String> methodByLeadDay,
            BackTestReport backTest,
            String backTestSkipped,
            History history,
            List<EventApplied> events) {}

    /** The actuals the forecast learned from, and the dates it left out. */
    public record History(LocalDate firstDay, LocalDate lastDay, int intervals, List<LocalDate> leftOut) {}

    /** An event in the forecast's span and the uplift its day got; {@code learned} when no uplift was given. */
    public record EventApplied(LocalDate date, String name, double uplift, boolean learned) {}
}

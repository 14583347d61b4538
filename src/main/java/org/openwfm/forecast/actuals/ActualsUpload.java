package org.openwfm.forecast.actuals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openwfm.client.Channel;

/** The JSON form of an actuals upload: one client channel's intervals, shaped like a forecast upload. */
public record ActualsUpload(
        @NotBlank @Size(max = 64) String clientId,
        @NotNull Channel channel,
        @Size(max = 500) String note,
        @NotNull List<@NotNull Interval> intervals) {

    /** {@code abandoned} and {@code answeredInTarget} may be left out; {@code start} is text as in the forecast. */
    public record Interval(
            String start, Double contacts, Double ahtSeconds, Double abandoned, Double answeredInTarget) {}
}

package org.openwfm.forecast;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openwfm.client.Channel;

/** The JSON form of an upload: one client channel's curve, shaped like the curve the API returns. */
public record ForecastUpload(
        @NotBlank @Size(max = 64) String clientId,
        @NotNull Channel channel,
        @Size(max = 500) String note,
        @NotNull List<@NotNull Interval> intervals) {

    /** {@code start} is text so that a missing offset gets the same message as in the CSV. */
    public record Interval(String start, Double contacts, Double ahtSeconds) {}
}

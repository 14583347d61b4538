package org.openwfm.forecast;

import java.time.Duration;
import java.time.Instant;
import org.openwfm.client.Channel;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.InvalidRequestException;

/** The query parameters of a curve read (forecast or actuals), each checked and named when wrong. */
public record CurveQuery(String clientId, Channel channel, Instant from, Instant to) {

    /** @param maxDays the longest span one query may ask for */
    public static CurveQuery read(String clientId, String channel, String from, String to, int maxDays) {
        String client = RequestParams.required("clientId", clientId);
        Channel parsedChannel = Channel.fromParam("channel", RequestParams.required("channel", channel));
        Instant start = RequestParams.requiredInstant("from", from);
        Instant end = RequestParams.requiredInstant("to", to);
        if (!end.isAfter(start)) {
            throw InvalidRequestException.field("to", "must be after from");
        }
        if (Duration.between(start, end).toDays() > maxDays) {
            throw InvalidRequestException.field("to", "a query spans at most " + maxDays + " days");
        }
        return new CurveQuery(client, parsedChannel, start, end);
    }
}

package org.openwfm.forecast;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/** What the forecast endpoints answer. */
public final class ForecastViews {

    private ForecastViews() {}

    /** A stored version: its id, span and what it holds; {@code method} names what generated it, null for an upload. */
    public record VersionView(
            long id,
            Instant uploadedAt,
            String uploadedBy,
            String note,
            String method,
            Instant spanStart,
            Instant spanEnd,
            int rowCount,
            List<Series> series) {}

    /** Rows an upload holds for one client channel. */
    public record Series(String clientId, Channel channel, int rows) {}

    /** The curve of one client channel over a span. */
    public record Curve(String clientId, Channel channel, Instant from, Instant to, List<CurveInterval> intervals) {}

    public record CurveInterval(Instant start, double contacts, double ahtSeconds, long forecastId) {}
}

package org.openwfm.forecast;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/**
 * Fired inside the upload's transaction once a new version is stored, so that what depends on the
 * requirement (open seats of published weeks) follows in the same commit.
 */
public record ForecastRevised(long forecastId, List<RevisedWindow> windows) {

    /** The intervals of one client channel the version has rows for: [from, to). */
    public record RevisedWindow(String clientId, Channel channel, Instant from, Instant to) {}
}

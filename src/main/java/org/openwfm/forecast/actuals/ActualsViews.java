package org.openwfm.forecast.actuals;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/** What the actuals endpoints answer. */
public final class ActualsViews {

    private ActualsViews() {}

    /** An upload as the audit keeps it. */
    public record UploadView(
            long id,
            Instant uploadedAt,
            String uploadedBy,
            String note,
            Instant spanStart,
            Instant spanEnd,
            int rowCount,
            int replacedCount) {}

    /** The stored actuals of one client channel over a span, in interval order. */
    public record Series(String clientId, Channel channel, Instant from, Instant to, List<StoredInterval> intervals) {}

    /** One stored interval and the upload that wrote it. */
    public record StoredInterval(
            Instant start,
            double contacts,
            Double ahtSeconds,
            Double abandoned,
            Double answeredInTarget,
            long uploadId) {

        ActualInterval interval() {
            return new ActualInterval(start, contacts, ahtSeconds, abandoned, answeredInTarget);
        }
    }
}

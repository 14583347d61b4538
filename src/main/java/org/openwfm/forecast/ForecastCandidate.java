package org.openwfm.forecast;

import java.time.Instant;
import org.openwfm.client.Channel;

/**
 * An uploaded row after it was read but before the rules were checked. Fields that could not be read
 * are null (their violation is already recorded).
 */
public record ForecastCandidate(
        RowLocator where, String clientId, Channel channel, Instant start, Double contacts, Double ahtSeconds) {

    /** A row whose fields could not be told apart (a wrong field count): nothing of it was read. */
    public static ForecastCandidate unreadable(RowLocator where) {
        return new ForecastCandidate(where, null, null, null, null, null);
    }

    public boolean isComplete() {
        return clientId != null && channel != null && start != null && contacts != null && ahtSeconds != null;
    }

    ForecastRow toRow() {
        return new ForecastRow(clientId, channel, start, contacts, ahtSeconds);
    }
}

package org.openwfm.client;

/**
 * Forecast and actual rows about clients, as the forecast feature answers about them: clients are below forecasts
 * and must not read their tables or depend on them, so the forecast feature implements this.
 */
public interface StoredForecasts {

    /** Stored forecast intervals of the client, or (channel not null) of one of its channels. */
    long intervalsOf(String clientId, Channel channel);

    /** Stored actual intervals (what really happened) of the client, or (channel not null) of one of its channels. */
    long actualIntervalsOf(String clientId, Channel channel);
}

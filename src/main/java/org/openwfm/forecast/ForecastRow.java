package org.openwfm.forecast;

import java.time.Instant;
import org.openwfm.client.Channel;

/** One interval of one forecast: contacts offered and average handle time, for a client channel. */
public record ForecastRow(
        String clientId, Channel channel, Instant intervalStart, double contacts, double ahtSeconds) {}

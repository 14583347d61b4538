package org.openwfm.forecast.actuals;

import java.time.Instant;

/**
 * What happened in one interval of a client channel.
 *
 * @param ahtSeconds null for a quiet interval: no contacts, no handle time
 * @param abandoned null where the upload did not say
 * @param answeredInTarget contacts answered within the service-level target; null where the upload did not say
 */
public record ActualInterval(
        Instant start, double contacts, Double ahtSeconds, Double abandoned, Double answeredInTarget) {}

package org.openwfm.forecast.method;

/**
 * How a method did at one lead day of a back-test (1 = the first day after the origin): WAPE (sum |A - F| / sum A)
 * and MASE (mean |A - F| / the in-sample mean absolute error of the one-week seasonal naive), over {@code points}
 * slots that had actuals. Null where undefined (no points, or no actual volume or naive error to divide by), so the
 * record serialises to plain JSON.
 */
public record LeadScore(int leadDay, Double wape, Double mase, int points) {}

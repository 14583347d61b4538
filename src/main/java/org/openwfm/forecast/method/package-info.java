/**
 * Forecasting methods that turn a channel's history into a forecast: seasonal naive, weekday average, double
 * seasonal Holt-Winters and auto, which picks per lead day by a rolling-origin back-test; handle time, masking of
 * excluded and event days, and event uplift. Plain Java on {@link org.openwfm.forecast.method.DayGrid}s: no CDI, no
 * database, so the same code runs in the service, the unit tests and the accuracy benchmark.
 */
package org.openwfm.forecast.method;

/**
 * How good the forecasts were: the forecast in effect (or a named version) against the actuals, as WAPE, bias and MASE
 * of contacts and handle time, and as the staffing error the queue model turns them into. Downstream of forecast and
 * staffing; nothing depends on it.
 */
package org.openwfm.accuracy;

/**
 * Turns a forecast into agents required per interval for a client channel's service targets. The queueing formulas
 * live in {@code staffing.queueing}, a plain library.
 */
package org.openwfm.staffing;

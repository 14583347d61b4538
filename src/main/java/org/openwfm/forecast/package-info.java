/**
 * Forecast contact volume per client channel and 30-minute interval: uploads in CSV or JSON, validation, and the
 * versions a revision leaves behind. The first stage of the pipeline; it knows nothing downstream.
 */
package org.openwfm.forecast;

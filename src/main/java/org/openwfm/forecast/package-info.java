/**
 * Forecast contact volume per client channel and 30-minute interval: uploads in CSV or JSON, validation, and the
 * versions a revision leaves behind. The first stage of the pipeline; it knows nothing downstream. Its upload intake
 * ({@code UploadCsv}, {@code UploadColumns}, {@code ForecastValidation}, {@code UploadRefusal}, {@code UploadBody}) is
 * public for the {@code actuals} subpackage, which takes in what really happened the same way; this package never
 * depends on that one.
 */
package org.openwfm.forecast;

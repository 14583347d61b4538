/**
 * Actuals: the contacts, handle time, abandons and answers in target that really happened per client channel
 * and interval. A subpackage of the forecast feature because actuals are the forecast's other half: the same
 * columns and rules taken in through the same intake ({@code UploadCsv}, {@code ForecastValidation},
 * {@code UploadRefusal}, {@code UploadBody}), read by forecast generation and accuracy through
 * {@link org.openwfm.forecast.actuals.ActualsService#series}. Apart from the forecast package because they live
 * differently: one row per interval that a newer upload replaces, not versions; and nothing downstream follows
 * them, so uploading actuals fires no event. The forecast package never depends on this one.
 */
package org.openwfm.forecast.actuals;

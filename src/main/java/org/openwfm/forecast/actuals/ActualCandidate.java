package org.openwfm.forecast.actuals;

import org.openwfm.forecast.ForecastCandidate;

/**
 * An uploaded actuals row before the rules were checked: the forecast's five fields, and the optional counts.
 * A null count was either left out or could not be read (its violation is then already recorded).
 */
record ActualCandidate(ForecastCandidate interval, Double abandoned, Double answeredInTarget) {

    /** A quiet interval has no handle time, so none is stored for it whatever the upload said. */
    ActualRow toRow() {
        double contacts = interval.contacts();
        return new ActualRow(
                interval.clientId(),
                interval.channel(),
                new ActualInterval(
                        interval.start(),
                        contacts,
                        contacts == 0 ? null : interval.ahtSeconds(),
                        abandoned,
                        answeredInTarget));
    }
}

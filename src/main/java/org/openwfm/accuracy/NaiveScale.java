package org.openwfm.accuracy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.forecast.actuals.ActualInterval;

/**
 * MASE's yardstick: the mean absolute error the same interval a week earlier would have made, measured on the weeks
 * before the compared span. Null where no interval and its week-earlier twin both have actuals.
 *
 * @param contacts mean |A(t) − A(t − 1 week)| of contacts
 * @param handleTime the same for handle time, over intervals that had contacts both weeks
 */
record NaiveScale(Double contacts, Double handleTime) {

    /**
     * @param history actuals from a week before {@code scoredFrom} up to the compared span
     * @param scoredFrom the first interval whose week-on-week change counts
     */
    static NaiveScale of(List<ActualInterval> history, ZoneId zone, Instant scoredFrom) {
        Map<Instant, ActualInterval> byStart = new HashMap<>();
        history.forEach(a -> byStart.put(a.start(), a));
        double contactError = 0;
        int contactPairs = 0;
        double handleError = 0;
        int handlePairs = 0;
        for (ActualInterval now : history) {
            if (now.start().isBefore(scoredFrom)) {
                continue;
            }
            ActualInterval weekBefore =
                    byStart.get(now.start().atZone(zone).minusWeeks(1).toInstant());
            if (weekBefore == null) {
                continue;
            }
            contactError += Math.abs(now.contacts() - weekBefore.contacts());
            contactPairs++;
            if (now.ahtSeconds() != null && weekBefore.ahtSeconds() != null) {
                handleError += Math.abs(now.ahtSeconds() - weekBefore.ahtSeconds());
                handlePairs++;
            }
        }
        return new NaiveScale(
                contactPairs == 0 ? null : contactError / contactPairs,
                handlePairs == 0 ? null : handleError / handlePairs);
    }
}

package org.openwfm.staffing.queueing;

/** Contacts offered in one interval and their average handle time. */
public record IntervalLoad(double contacts, double ahtSeconds, int intervalMinutes) {

    /** Deferrable work (email) measured in handle seconds rather than contacts. */
    public static IntervalLoad ofWorkSeconds(double workSeconds, int intervalMinutes) {
        return new IntervalLoad(workSeconds, 1, intervalMinutes);
    }

    /** Offered load in Erlangs: the agents busy on average if every contact were handled at once. */
    public double trafficErlangs() {
        return contacts * ahtSeconds / (intervalMinutes * 60.0);
    }
}

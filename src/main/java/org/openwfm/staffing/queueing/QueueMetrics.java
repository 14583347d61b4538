package org.openwfm.staffing.queueing;

/**
 * What a number of agents gives on one interval. Service level is "answered within the target time,
 * over all arrivals" (abandoned contacts count as not answered in time); ASA is the mean wait over all
 * arrivals; occupancy is the share of agent time spent handling contacts. ASA is infinite when the queue
 * cannot keep up (Erlang C with N ≤ A).
 */
public record QueueMetrics(
        int agents,
        double trafficErlangs,
        double serviceLevel,
        double probabilityOfWait,
        double probabilityOfAbandon,
        double asaSeconds,
        double occupancy) {

    /** No contacts: nobody waits, whatever the staffing. */
    static QueueMetrics idle(int agents) {
        return new QueueMetrics(agents, 0, 1, 0, 0, 0, 0);
    }
}

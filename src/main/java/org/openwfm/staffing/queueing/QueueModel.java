package org.openwfm.staffing.queueing;

/**
 * A queue for one interval, evaluated at N agents given Erlang B of N, so that a search over N carries
 * Erlang B forward instead of recomputing it.
 */
public interface QueueModel {

    double trafficErlangs();

    QueueMetrics at(int agents, double erlangB);

    /** Evaluates N agents on its own (O(N) for Erlang B). */
    default QueueMetrics at(int agents) {
        return at(agents, ErlangB.blocking(agents, trafficErlangs()));
    }
}

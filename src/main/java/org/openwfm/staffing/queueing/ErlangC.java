package org.openwfm.staffing.queueing;

/**
 * M/M/N with infinite patience. P(wait) {@code C = B / (1 − ρ(1 − B))} with ρ = A/N; service level
 * {@code 1 − C·e^{−(N−A)·t/AHT}}; ASA {@code C·AHT/(N−A)}; occupancy A/N.
 */
public record ErlangC(double trafficErlangs, double ahtSeconds, double answerWithinSeconds) implements QueueModel {

    @Override
    public QueueMetrics at(int agents, double erlangB) {
        double a = trafficErlangs;
        if (a == 0) {
            return QueueMetrics.idle(agents);
        }
        if (agents <= a) {
            // The queue grows without bound: everyone waits, forever on average.
            return new QueueMetrics(agents, a, 0, 1, 0, Double.POSITIVE_INFINITY, 1);
        }
        double rho = a / agents;
        double wait = erlangB / (1 - rho * (1 - erlangB));
        double spare = agents - a;
        double serviceLevel = 1 - wait * Math.exp(-spare * answerWithinSeconds / ahtSeconds);
        return new QueueMetrics(agents, a, serviceLevel, wait, 0, wait * ahtSeconds / spare, rho);
    }
}

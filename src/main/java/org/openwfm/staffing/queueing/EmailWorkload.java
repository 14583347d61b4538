package org.openwfm.staffing.queueing;

/**
 * Email (and other deferrable work) is not a queue that callers wait in: N agents at the allowed
 * occupancy get through {@code N·maxOccupancy} Erlangs of work. Its "service level" is the share of the
 * interval's work they get through.
 */
public record EmailWorkload(double trafficErlangs, double maxOccupancy) implements QueueModel {

    @Override
    public QueueMetrics at(int agents, double erlangB) {
        if (trafficErlangs == 0) {
            return QueueMetrics.idle(agents);
        }
        double done = Math.min(1, agents * maxOccupancy / trafficErlangs);
        double occupancy = agents == 0 ? 0 : Math.min(1, trafficErlangs / agents);
        return new QueueMetrics(agents, trafficErlangs, done, 0, 0, 0, occupancy);
    }
}

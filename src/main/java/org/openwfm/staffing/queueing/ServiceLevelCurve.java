package org.openwfm.staffing.queueing;

/**
 * Service level by number of productive agents for one interval, computed once so that the solver and
 * the slot values can ask "what would N agents give" in O(1). Fractional agents (scheduled headcount
 * times 1 − shrinkage) are interpolated between the neighbouring whole numbers.
 */
public final class ServiceLevelCurve {

    private final double[] serviceLevels;

    private ServiceLevelCurve(double[] serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    /** Tabulates N = 0 … maxAgents; beyond that the curve stays at its last value. */
    public static ServiceLevelCurve of(QueueModel model, int maxAgents) {
        double[] levels = new double[maxAgents + 1];
        double erlangB = 1;
        for (int n = 0; n <= maxAgents; n++) {
            if (n > 0) {
                erlangB = ErlangB.next(erlangB, n, model.trafficErlangs());
            }
            levels[n] = model.at(n, erlangB).serviceLevel();
        }
        return new ServiceLevelCurve(levels);
    }

    public double at(double productiveAgents) {
        if (productiveAgents <= 0) {
            return serviceLevels[0];
        }
        int below = (int) Math.floor(productiveAgents);
        if (below >= serviceLevels.length - 1) {
            return serviceLevels[serviceLevels.length - 1];
        }
        double fraction = productiveAgents - below;
        return serviceLevels[below] + fraction * (serviceLevels[below + 1] - serviceLevels[below]);
    }
}

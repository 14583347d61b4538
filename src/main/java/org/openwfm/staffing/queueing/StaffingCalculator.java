package org.openwfm.staffing.queueing;

/**
 * Agents required per interval: the smallest N that meets the service goal (and abandonment cap where
 * patience is known), then at least {@code ceil(A / maxOccupancy)}, then the channel's minimum while
 * open, then grossed up for shrinkage. N is searched upward carrying Erlang B, so a requirement costs
 * O(N) evaluations of O(1) each for Erlang C.
 */
public final class StaffingCalculator {

    /** Larger than the biggest contact centers in the world by two orders of magnitude. */
    public static final double MAX_TRAFFIC_ERLANGS = 100_000;
    /** Ratios computed in doubles land a hair above whole numbers (14 / 0.7 = 20.000000000000004). */
    private static final double ROUNDING_SLACK = 1e-9;

    private StaffingCalculator() {
    }

    public static Requirement require(IntervalLoad load, StaffingRules rules) {
        QueueModel model = model(load, rules);
        int forGoal = smallestMeetingGoal(model, rules);
        int agents = Math.max(forGoal, occupancyFloor(model.trafficErlangs(), rules.maxOccupancy()));
        agents = Math.max(agents, rules.minAgents());
        return new Requirement(forGoal, agents, withShrinkage(agents, rules.shrinkage()), model.at(agents));
    }

    public static QueueMetrics evaluate(IntervalLoad load, StaffingRules rules, int agents) {
        return model(load, rules).at(agents);
    }

    /** The queue this channel forms: chat divides handle time by concurrency, email is workload. */
    public static QueueModel model(IntervalLoad load, StaffingRules rules) {
        double handleSeconds = load.ahtSeconds() / rules.concurrency();
        double traffic = load.trafficErlangs() / rules.concurrency();
        if (!(traffic <= MAX_TRAFFIC_ERLANGS)) {
            throw new TrafficOutOfRangeException(String.format("%.0f Erlangs is beyond the %.0f this service plans for",
                    traffic, MAX_TRAFFIC_ERLANGS));
        }
        if (rules.mode() == StaffingRules.Mode.WORKLOAD) {
            return new EmailWorkload(traffic, rules.maxOccupancy());
        }
        if (rules.patienceSeconds() != null) {
            return new ErlangA(traffic, handleSeconds, rules.patienceSeconds(), rules.answerWithinSeconds());
        }
        return new ErlangC(traffic, handleSeconds, rules.answerWithinSeconds());
    }

    public static int withShrinkage(int agents, double shrinkage) {
        return (int) Math.ceil(agents / (1 - shrinkage) - ROUNDING_SLACK);
    }

    static int occupancyFloor(double trafficErlangs, double maxOccupancy) {
        return (int) Math.ceil(trafficErlangs / maxOccupancy - ROUNDING_SLACK);
    }

    private static int smallestMeetingGoal(QueueModel model, StaffingRules rules) {
        double traffic = model.trafficErlangs();
        if (model instanceof EmailWorkload) {
            return occupancyFloor(traffic, rules.maxOccupancy());
        }
        int limit = (int) (2 * traffic) + 1_000;
        double erlangB = 1;
        for (int n = 0; n <= limit; n++) {
            if (n > 0) {
                erlangB = ErlangB.next(erlangB, n, traffic);
            }
            if (n <= traffic && model instanceof ErlangC) {
                continue; // an Erlang C queue with N ≤ A never meets a goal
            }
            QueueMetrics metrics = model.at(n, erlangB);
            boolean serviceMet = metrics.serviceLevel() >= rules.serviceLevelTarget() - ROUNDING_SLACK;
            boolean abandonMet = rules.maxAbandonRate() == null || metrics.probabilityOfAbandon() <= rules.maxAbandonRate();
            if (serviceMet && abandonMet) {
                return n;
            }
        }
        throw new TrafficOutOfRangeException("No staffing up to " + limit + " agents meets the goal");
    }
}

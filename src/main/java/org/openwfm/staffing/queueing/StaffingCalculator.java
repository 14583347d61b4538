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
        if (model instanceof ErlangA erlangA) {
            return fewestWithAbandonment(erlangA, rules);
        }
        return firstMeeting(model, rules, 0, 1).agents();
    }

    /**
     * Far below the traffic an Erlang A tail is as long as arrivals × patience, so the search starts where
     * Erlang C is met (abandonment moves the answer by a few agents) and steps to the fewest that meet
     * the goal, carrying Erlang B down ({@code B(n−1) = n·B(n) / (A·(1 − B(n)))}) or up.
     */
    private static int fewestWithAbandonment(ErlangA model, StaffingRules rules) {
        double traffic = model.trafficErlangs();
        Staffed start = firstMeeting(new ErlangC(traffic, model.ahtSeconds(), model.answerWithinSeconds()), rules, 0, 1);
        int n = start.agents();
        double erlangB = start.erlangB();
        if (!meets(model.at(n, erlangB), rules)) {
            return firstMeeting(model, rules, n, erlangB).agents();
        }
        while (n > 0) {
            double below = n * erlangB / (traffic * (1 - erlangB));
            if (!meets(model.at(n - 1, below), rules)) {
                break;
            }
            n--;
            erlangB = below;
        }
        return n;
    }

    /** Walks N upward from {@code from} (whose Erlang B is given); the goal is monotone in N, so the first N that meets it is the fewest. */
    private static Staffed firstMeeting(QueueModel model, StaffingRules rules, int from, double erlangBAtFrom) {
        double traffic = model.trafficErlangs();
        int limit = (int) (2 * traffic) + 1_000;
        // An Erlang C queue with N ≤ A never meets a goal: only Erlang B needs carrying there.
        int firstWorthEvaluating = model instanceof ErlangC ? (int) Math.floor(traffic) + 1 : 0;
        double erlangB = erlangBAtFrom;
        for (int n = from; n <= limit; n++) {
            if (n > from) {
                erlangB = ErlangB.next(erlangB, n, traffic);
            }
            if (n >= firstWorthEvaluating && meets(model.at(n, erlangB), rules)) {
                return new Staffed(n, erlangB);
            }
        }
        throw new TrafficOutOfRangeException("No staffing up to " + limit + " agents meets the goal");
    }

    private record Staffed(int agents, double erlangB) {
    }

    private static boolean meets(QueueMetrics metrics, StaffingRules rules) {
        boolean serviceMet = metrics.serviceLevel() >= rules.serviceLevelTarget() - ROUNDING_SLACK;
        return serviceMet && (rules.maxAbandonRate() == null || metrics.probabilityOfAbandon() <= rules.maxAbandonRate());
    }
}

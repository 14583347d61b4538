package org.openwfm.staffing.queueing;

import java.util.function.IntPredicate;

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

    private StaffingCalculator() {}

    public static Requirement require(IntervalLoad load, ServiceTargets rules) {
        QueueModel model = model(load, rules);
        int forGoal = smallestMeetingGoal(model, rules);
        int agents = Math.max(forGoal, occupancyFloor(model.trafficErlangs(), rules.maxOccupancy()));
        agents = Math.max(agents, rules.minAgents());
        return staffed(forGoal, agents, model, rules);
    }

    /**
     * The requirement when a planner puts the productive agents at {@code agents} instead: grossed up for
     * shrinkage and evaluated exactly as {@link #require} does with the agents it finds.
     */
    public static Requirement withProductiveAgents(
            Requirement computed, QueueModel model, ServiceTargets rules, int agents) {
        return staffed(computed.agentsForGoal(), agents, model, rules);
    }

    private static Requirement staffed(int forGoal, int agents, QueueModel model, ServiceTargets rules) {
        return new Requirement(forGoal, agents, withShrinkage(agents, rules.shrinkage()), model.at(agents));
    }

    public static QueueMetrics evaluate(IntervalLoad load, ServiceTargets rules, int agents) {
        return model(load, rules).at(agents);
    }

    /** The queue this channel forms: chat divides handle time by concurrency, email is workload. */
    public static QueueModel model(IntervalLoad load, ServiceTargets rules) {
        double handleSeconds = load.ahtSeconds() / rules.concurrency();
        double traffic = load.trafficErlangs() / rules.concurrency();
        if (!(traffic <= MAX_TRAFFIC_ERLANGS)) {
            throw new TrafficOutOfRangeException(String.format(
                    "%.0f Erlangs is beyond the %.0f this service plans for", traffic, MAX_TRAFFIC_ERLANGS));
        }
        if (rules.mode() == ServiceTargets.Mode.WORKLOAD) {
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

    private static int smallestMeetingGoal(QueueModel model, ServiceTargets rules) {
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
     * Erlang C is met (abandonment moves the answer by a few agents in a real center) and gallops away from
     * it in doubling steps, then bisects. A walk one agent at a time costs O(N) evaluations of up to
     * arrivals × patience terms each, which took seconds for unusual but valid inputs (a low service-level
     * target, short handle times, long patience); this costs O(log N) evaluations whatever the inputs.
     */
    private static int fewestWithAbandonment(ErlangA model, ServiceTargets rules) {
        double traffic = model.trafficErlangs();
        int start = firstMeeting(new ErlangC(traffic, model.ahtSeconds(), model.answerWithinSeconds()), rules, 0, 1)
                .agents();
        int limit = searchLimit(traffic);
        double[] erlangB = ErlangB.upTo(Math.max(limit, start), traffic);
        IntPredicate meetsAt = n -> meets(model.at(n, erlangB[n]), rules);
        if (meetsAt.test(start)) {
            int met = start;
            for (int step = 1; met > 0; step *= 2) {
                int probe = Math.max(0, met - step);
                if (!meetsAt.test(probe)) {
                    return fewestBetween(probe, met, meetsAt);
                }
                met = probe;
            }
            return 0;
        }
        int failed = start;
        for (int step = 1; failed < limit; step *= 2) {
            int probe = Math.min(limit, failed + step);
            if (meetsAt.test(probe)) {
                return fewestBetween(failed, probe, meetsAt);
            }
            failed = probe;
        }
        throw new TrafficOutOfRangeException("No staffing up to " + limit + " agents meets the goal");
    }

    /** Bisects between an N that fails and a larger one that meets the goal (monotone in N). */
    private static int fewestBetween(int failing, int meeting, IntPredicate meetsAt) {
        while (meeting - failing > 1) {
            int middle = (failing + meeting) >>> 1;
            if (meetsAt.test(middle)) {
                meeting = middle;
            } else {
                failing = middle;
            }
        }
        return meeting;
    }

    private static int searchLimit(double traffic) {
        return (int) (2 * traffic) + 1_000;
    }

    /**
     * Walks N upward from {@code from} (whose Erlang B is given); the goal is monotone in N, so the first N that meets
     * it is the fewest.
     */
    private static Staffed firstMeeting(QueueModel model, ServiceTargets rules, int from, double erlangBAtFrom) {
        double traffic = model.trafficErlangs();
        int limit = searchLimit(traffic);
        // An Erlang C queue with 0 < N ≤ A never meets a goal: only Erlang B needs carrying there. Without traffic,
        // nobody is needed (0 agents answer every one of no contacts), as with patience or for email.
        int firstWorthEvaluating = model instanceof ErlangC && traffic > 0 ? (int) Math.floor(traffic) + 1 : 0;
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

    private record Staffed(int agents, double erlangB) {}

    private static boolean meets(QueueMetrics metrics, ServiceTargets rules) {
        boolean serviceMet = metrics.serviceLevel() >= rules.serviceLevelTarget() - ROUNDING_SLACK;
        return serviceMet
                && (rules.maxAbandonRate() == null || metrics.probabilityOfAbandon() <= rules.maxAbandonRate());
    }
}

package org.openwfm.staffing.queueing;

/**
 * M/M/N+M (Palm/Erlang A): exponential handle times and exponential customer patience.
 *
 * <p>Stationary state probabilities follow from Erlang B for the states with a free agent and from the
 * birth-death tail {@code π(N+m) = π(N)·∏ λ/(Nμ + kθ)} for the queue. A caller who finds m callers
 * ahead is answered within t exactly when it passes m+1 exponential stages, with rates
 * Nμ + (k+1)θ, before t and before its own patience runs out; that probability is
 * {@code Nμ/(Nμ + (m+1)θ) · (1 − I_{e^{−θt}}(Nμ/θ + 1, m + 1))} with I the regularized incomplete beta
 * function, whose terms are summed in logarithms so nothing under- or overflows.
 *
 * <p>Definitions: service level = answered within t over all arrivals (abandoning callers count as
 * not answered in time); ASA = mean time in queue over all arrivals = P(abandon)/θ; occupancy =
 * carried load A·(1 − P(abandon)) / N.
 */
public record ErlangA(double trafficErlangs, double ahtSeconds, double patienceSeconds, double answerWithinSeconds)
        implements QueueModel {

    /** A tail longer than this means arrivals × patience far beyond any real center. */
    static final int MAX_TAIL_TERMS = 2_000_000;
    private static final double RESCALE_ABOVE = 1e200;
    private static final double RESCALE_LOG = Math.log(RESCALE_ABOVE);

    @Override
    public QueueMetrics at(int agents, double erlangB) {
        if (trafficErlangs == 0) {
            return QueueMetrics.idle(agents);
        }
        double lambda = trafficErlangs / ahtSeconds;
        double theta = 1 / patienceSeconds;
        double serviceRate = agents / ahtSeconds;
        double shape = serviceRate / theta + 1;
        double logZ = -theta * answerWithinSeconds;
        double logOneMinusZ = Math.log(-Math.expm1(logZ));
        double peak = (lambda - serviceRate) / theta;

        // q is π(N+m)/π(N), rescaled (with the sums) whenever it grows too large for a double.
        double q = 1;
        double logScale = 0;
        double sumQ = 0;
        double sumMQ = 0;
        double answeredInTime = 0;
        double logBetaTerm = 0;
        double incompleteBeta = Math.exp(shape * logZ);
        for (int m = 0;; m++) {
            if (m > 0) {
                q *= lambda / (serviceRate + m * theta);
                logBetaTerm = m == 1 ? shape * logZ + logOneMinusZ + Math.log(shape)
                        : logBetaTerm + logOneMinusZ + Math.log(shape + m - 1) - Math.log(m);
                incompleteBeta += Math.exp(logBetaTerm);
            }
            sumQ += q;
            sumMQ += m * q;
            double reachesAgent = serviceRate / (serviceRate + (m + 1) * theta);
            answeredInTime += q * reachesAgent * Math.max(0, 1 - incompleteBeta);
            if (m > peak && q < 1e-17 * sumQ) {
                break;
            }
            if (m >= MAX_TAIL_TERMS) {
                throw new TrafficOutOfRangeException("Erlang A needs more than " + MAX_TAIL_TERMS
                        + " queue states here: arrivals times patience is beyond any real center");
            }
            if (q > RESCALE_ABOVE) {
                q /= RESCALE_ABOVE;
                sumQ /= RESCALE_ABOVE;
                sumMQ /= RESCALE_ABOVE;
                answeredInTime /= RESCALE_ABOVE;
                logScale += RESCALE_LOG;
            }
        }
        // Normalisation: Σ π(j<N) = π(N)·(1/B − 1), in the same scale as the sums.
        double denominator = (1 / erlangB - 1) * Math.exp(-logScale) + sumQ;
        double wait = sumQ / denominator;
        double meanQueue = sumMQ / denominator;
        double abandon = theta * meanQueue / lambda;
        double serviceLevel = 1 - wait + answeredInTime / denominator;
        double occupancy = agents == 0 ? 0 : trafficErlangs * (1 - abandon) / agents;
        return new QueueMetrics(agents, trafficErlangs, clamp(serviceLevel), wait, abandon, meanQueue / lambda,
                clamp(occupancy));
    }

    private static double clamp(double probability) {
        return Math.min(1, Math.max(0, probability));
    }
}

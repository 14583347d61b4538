package org.openwfm.staffing.queueing;

/**
 * M/M/N+M (Palm/Erlang A): exponential handle times and exponential customer patience.
 *
 * <p>Stationary state probabilities follow from Erlang B for the states with a free agent and from the
 * birth-death tail {@code π(N+m) = π(N)·∏ λ/(Nμ + kθ)} for the queue. A caller who finds m callers
 * ahead is answered within t exactly when it passes m+1 exponential stages, with rates
 * Nμ + (k+1)θ, before t and before its own patience runs out; that probability is
 * {@code Nμ/(Nμ + (m+1)θ) · (1 − I_{e^{−θt}}(Nμ/θ + 1, m + 1))} with I the regularized incomplete beta
 * function, whose terms are carried with a separate exponent so nothing under- or overflows.
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
    /** Tail terms below this share of the sum cannot move a probability at the precision anyone reads. */
    private static final double TAIL_PRECISION = 1e-15;

    private static final double TINY = 1e-200;
    private static final double LOG_TINY = Math.log(TINY);
    /** Below e^-700 a term cannot change a probability held in a double. */
    private static final double MIN_EXPONENT = -700;

    /**
     * Arrivals per second × mean patience in seconds (λ/θ): the callers who would be waiting if no agent answered.
     * One evaluation's tail runs to about this many states below the traffic, so it measures the work.
     */
    public double queueStates() {
        return trafficErlangs * patienceSeconds / ahtSeconds;
    }

    @Override
    public QueueMetrics at(int agents, double erlangB) {
        if (trafficErlangs == 0) {
            return QueueMetrics.idle(agents);
        }
        double lambda = trafficErlangs / ahtSeconds;
        double theta = 1 / patienceSeconds;
        Tail tail = tail(lambda, theta, agents / ahtSeconds);
        // Normalisation: Σ π(j<N) = π(N)·(1/B − 1), in the same scale as the sums.
        double denominator = (1 / erlangB - 1) * Math.exp(-tail.logScale) + tail.sumQ;
        double wait = tail.sumQ / denominator;
        double meanQueue = tail.sumMQ / denominator;
        double abandon = theta * meanQueue / lambda;
        double serviceLevel = 1 - wait + tail.answeredInTime / denominator;
        double occupancy = agents == 0 ? 0 : trafficErlangs * (1 - abandon) / agents;
        return new QueueMetrics(
                agents, trafficErlangs, clamp(serviceLevel), wait, abandon, meanQueue / lambda, clamp(occupancy));
    }

    /** The queue states N+m, m = 0, 1, …, summed until past the peak the terms no longer count. */
    private Tail tail(double lambda, double theta, double serviceRate) {
        double peak = (lambda - serviceRate) / theta;
        IncompleteBeta incompleteBeta = new IncompleteBeta(serviceRate / theta + 1, -theta * answerWithinSeconds);
        Tail tail = new Tail();
        for (int m = 0; ; m++) {
            if (m > 0) {
                tail.q *= lambda / (serviceRate + m * theta);
                incompleteBeta.addTerm(m);
            }
            tail.add(m, serviceRate / (serviceRate + (m + 1) * theta), incompleteBeta.sum);
            if (m > peak && tail.q < TAIL_PRECISION * tail.sumQ) {
                return tail;
            }
            if (m >= MAX_TAIL_TERMS) {
                throw new TrafficOutOfRangeException("Erlang A needs more than " + MAX_TAIL_TERMS
                        + " queue states here: arrivals times patience is beyond any real center");
            }
            tail.rescaleWhenLarge();
        }
    }

    /** The tail's sums; q is π(N+m)/π(N), rescaled (with the sums) whenever it grows too large for a double. */
    private static final class Tail {
        double q = 1;
        double logScale;
        double sumQ;
        double sumMQ;
        double answeredInTime;

        /** State N+m: its weight, and its share answered in time (it reaches an agent before t and before patience). */
        void add(int m, double reachesAgent, double incompleteBeta) {
            sumQ += q;
            sumMQ += m * q;
            answeredInTime += q * reachesAgent * Math.max(0, 1 - incompleteBeta);
        }

        void rescaleWhenLarge() {
            if (q > RESCALE_ABOVE) {
                q /= RESCALE_ABOVE;
                sumQ /= RESCALE_ABOVE;
                sumMQ /= RESCALE_ABOVE;
                answeredInTime /= RESCALE_ABOVE;
                logScale += RESCALE_LOG;
            }
        }
    }

    /**
     * I_z(a, m + 1) for m = 0, 1, …, term by term: z^a·(1−z)·a·∏(a+k)(1−z)/(k+1). For large N the terms start far
     * below the smallest double, so they are carried as mantissa·e^exponent and added once they become representable.
     */
    private static final class IncompleteBeta {
        private final double shape;
        private final double oneMinusZ;
        private double mantissa;
        private double exponent;
        double sum;

        IncompleteBeta(double shape, double logZ) {
            this.shape = shape;
            oneMinusZ = -Math.expm1(logZ);
            exponent = shape * logZ;
            sum = Math.exp(exponent);
            mantissa = exponent > MIN_EXPONENT ? sum : 1;
            exponent = exponent > MIN_EXPONENT ? 0 : exponent;
        }

        /** Adds the term of m ≥ 1. */
        void addTerm(int m) {
            mantissa *= oneMinusZ * (m == 1 ? shape : (shape + m - 1) / m);
            if (exponent != 0) {
                if (mantissa > 0 && mantissa < TINY) {
                    mantissa /= TINY;
                    exponent += LOG_TINY;
                }
                if (exponent > MIN_EXPONENT) {
                    mantissa *= Math.exp(exponent); // representable now: carry it plainly
                    exponent = 0;
                }
            }
            sum += exponent == 0 ? mantissa : 0;
        }
    }

    private static double clamp(double probability) {
        return Math.min(1, Math.max(0, probability));
    }
}

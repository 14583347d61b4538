package org.openwfm.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openwfm.client.Channel;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.error.RequestRefusedException;
import org.openwfm.shared.error.Violation;
import org.openwfm.staffing.StaffingViews.Calculation;
import org.openwfm.staffing.queueing.EmailWorkload;
import org.openwfm.staffing.queueing.ErlangA;
import org.openwfm.staffing.queueing.IntervalLoad;
import org.openwfm.staffing.queueing.QueueModel;
import org.openwfm.staffing.queueing.ServiceTargets;
import org.openwfm.staffing.queueing.StaffingCalculator;

/** {@code POST /staffing/calculate}: one interval, from the request alone. */
final class IntervalCalculation {

    private IntervalCalculation() {}

    static Calculation calculate(CalculationRequest r, OpenWfmConfig.Staffing limits) {
        requireFinite(r);
        Channel channel = r.channel() == null ? Channel.VOICE : r.channel();
        if (r.maxAbandonRate() != null && r.patienceSeconds() == null) {
            throw InvalidRequestException.field(
                    "maxAbandonRate", "needs patienceSeconds: abandonment is modelled only with patience");
        }
        double shrinkage = orDefault(r.shrinkage(), 0.0);
        ServiceTargets rules = new ServiceTargets(
                ChannelTargets.mode(channel),
                r.serviceLevelTarget(),
                r.answerWithinSeconds(),
                orDefault(r.maxOccupancy(), 1.0),
                shrinkage,
                orDefault(r.minAgents(), 0),
                orDefault(r.concurrency(), 1),
                r.patienceSeconds(),
                r.maxAbandonRate());
        IntervalLoad load = new IntervalLoad(r.contacts(), r.ahtSeconds(), orDefault(r.intervalMinutes(), 30));
        QueueModel model = StaffingCalculator.model(load, rules);
        requireWithinLimits(model, limits);
        String modelName =
                model instanceof ErlangA ? "ERLANG_A" : model instanceof EmailWorkload ? "WORKLOAD" : "ERLANG_C";
        if (r.agents() != null) {
            return Calculation.of(
                    model.at(r.agents()), StaffingCalculator.withShrinkage(r.agents(), shrinkage), null, modelName);
        }
        return Calculation.of(StaffingCalculator.require(load, rules), modelName);
    }

    /**
     * Anyone with the role may call this as often as they like, so the work one request can ask for is bounded
     * before any is done: traffic drives the search over N, and with patience the queue states drive each
     * evaluation (see {@link OpenWfmConfig.Staffing} for why the defaults cover every real center).
     */
    private static void requireWithinLimits(QueueModel model, OpenWfmConfig.Staffing limits) {
        if (model.trafficErlangs() > limits.maxTrafficErlangs()) {
            throw new RequestRefusedException(String.format(
                    Locale.ROOT,
                    "%,.0f Erlangs is beyond the %,.0f this service calculates (openwfm.staffing.max-traffic-erlangs)",
                    model.trafficErlangs(),
                    limits.maxTrafficErlangs()));
        }
        if (model instanceof ErlangA erlangA && erlangA.queueStates() > limits.maxErlangAStates()) {
            throw new RequestRefusedException(String.format(
                    Locale.ROOT,
                    "Erlang A with %,.0f arrivals within the mean patience is beyond the %,.0f this service calculates"
                            + " (openwfm.staffing.max-erlang-a-states)",
                    erlangA.queueStates(),
                    limits.maxErlangAStates()));
        }
    }

    /** Bean Validation lets NaN through its range checks, and "NaN" or "Infinity" can arrive as JSON strings. */
    private static void requireFinite(CalculationRequest r) {
        List<Violation> errors = new ArrayList<>();
        check(errors, "contacts", r.contacts());
        check(errors, "ahtSeconds", r.ahtSeconds());
        check(errors, "serviceLevelTarget", r.serviceLevelTarget());
        check(errors, "answerWithinSeconds", r.answerWithinSeconds());
        check(errors, "maxOccupancy", r.maxOccupancy());
        check(errors, "shrinkage", r.shrinkage());
        check(errors, "patienceSeconds", r.patienceSeconds());
        check(errors, "maxAbandonRate", r.maxAbandonRate());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.size() + " field(s) are not finite numbers", errors);
        }
    }

    private static void check(List<Violation> errors, String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            errors.add(Violation.ofField(field, "must be a finite number, was " + value));
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}

package org.openwfm.staffing;

import java.util.ArrayList;
import java.util.List;

import org.openwfm.client.Channel;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.staffing.StaffingViews.Calculation;
import org.openwfm.staffing.queueing.EmailWorkload;
import org.openwfm.staffing.queueing.ErlangA;
import org.openwfm.staffing.queueing.IntervalLoad;
import org.openwfm.staffing.queueing.QueueModel;
import org.openwfm.staffing.queueing.StaffingCalculator;
import org.openwfm.staffing.queueing.StaffingRules;

/** {@code POST /staffing/calculate}: one interval, from the request alone. */
final class IntervalCalculation {

    private IntervalCalculation() {
    }

    static Calculation calculate(CalculationRequest r) {
        requireFinite(r);
        Channel channel = r.channel() == null ? Channel.VOICE : r.channel();
        if (r.maxAbandonRate() != null && r.patienceSeconds() == null) {
            throw ProblemException.invalidField("maxAbandonRate", "needs patienceSeconds: abandonment is modelled only with patience");
        }
        double shrinkage = orDefault(r.shrinkage(), 0.0);
        StaffingRules rules = new StaffingRules(CoverageRules.mode(channel), r.serviceLevelTarget(),
                r.answerWithinSeconds(), orDefault(r.maxOccupancy(), 1.0), shrinkage, orDefault(r.minAgents(), 0),
                orDefault(r.concurrency(), 1), r.patienceSeconds(), r.maxAbandonRate());
        IntervalLoad load = new IntervalLoad(r.contacts(), r.ahtSeconds(), orDefault(r.intervalMinutes(), 30));
        QueueModel model = StaffingCalculator.model(load, rules);
        String modelName = model instanceof ErlangA ? "ERLANG_A" : model instanceof EmailWorkload ? "WORKLOAD" : "ERLANG_C";
        if (r.agents() != null) {
            return Calculation.of(model.at(r.agents()), StaffingCalculator.withShrinkage(r.agents(), shrinkage), null, modelName);
        }
        return Calculation.of(StaffingCalculator.require(load, rules), modelName);
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
            throw ProblemException.invalid(errors.size() + " field(s) are not finite numbers", errors);
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

package org.openwfm.staffing;

import java.time.Instant;
import org.openwfm.staffing.queueing.QueueModel;
import org.openwfm.staffing.queueing.Requirement;
import org.openwfm.staffing.queueing.ServiceLevelCurve;

/**
 * One interval of a client channel's week: the demand, what it requires, and what any headcount would
 * give. The service-level table is built on first use, for callers (the solver, slot values) that ask
 * about many headcounts.
 */
public final class IntervalStaffing {

    private final Instant start;
    private final Instant end;
    private final boolean open;
    private final Double contacts;
    private final Double ahtSeconds;
    private final QueueModel model;
    private final Requirement requirement;
    private final Requirement computedRequirement;
    private final Adjustment adjustment;
    private final double shrinkage;
    private ServiceLevelCurve curve;

    IntervalStaffing(
            Instant start,
            Instant end,
            boolean open,
            Double contacts,
            Double ahtSeconds,
            QueueModel model,
            Requirement requirement,
            Requirement computedRequirement,
            Adjustment adjustment,
            double shrinkage) {
        this.start = start;
        this.end = end;
        this.open = open;
        this.contacts = contacts;
        this.ahtSeconds = ahtSeconds;
        this.model = model;
        this.requirement = requirement;
        this.computedRequirement = computedRequirement;
        this.adjustment = adjustment;
        this.shrinkage = shrinkage;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public boolean open() {
        return open;
    }

    /** Forecast contacts, or null where no forecast version has a row for this interval. */
    public Double contacts() {
        return contacts;
    }

    public Double ahtSeconds() {
        return ahtSeconds;
    }

    public double trafficErlangs() {
        return model.trafficErlangs();
    }

    /**
     * What the interval needs, the figure every consumer plans against: the computed requirement, or what a
     * planner's adjustment made of it; zero agents when the channel is closed.
     */
    public Requirement requirement() {
        return requirement;
    }

    /** What the queue model and coverage rules alone require, before any planner's adjustment. */
    public Requirement computedRequirement() {
        return computedRequirement;
    }

    /** The planner's adjustment that decides {@link #requirement()}, or null where none applies. */
    public Adjustment adjustment() {
        return adjustment;
    }

    /**
     * Talk minutes one agent can expect here: the interval's offered work (contacts × AHT) shared by the
     * agents on it in proportion to their time present, and never more than that time.
     *
     * @param headcount agents on the interval, counted by presence (this one included)
     * @param presence  this agent's share of the interval, 0 to 1 (less when on a break)
     */
    public double expectedTalkMinutes(double headcount, double presence) {
        if (contacts == null || headcount <= 0) {
            return 0;
        }
        double workMinutes = contacts * ahtSeconds / 60;
        double intervalMinutes = (end.getEpochSecond() - start.getEpochSecond()) / 60.0;
        return Math.min(presence * intervalMinutes, workMinutes * presence / headcount);
    }

    /**
     * Projected service level when {@code headcount} agents are scheduled: {@code headcount × (1 − shrinkage)}
     * of them are productive.
     */
    public synchronized double serviceLevelWithScheduled(double headcount) {
        if (curve == null) {
            // Past the larger requirement: a planner's SET below the computed one must not clip the curve there.
            int needed = Math.max(requirement.agents(), computedRequirement.agents());
            int cap = Math.max(2 * needed, needed + 20);
            curve = ServiceLevelCurve.of(model, cap);
        }
        return curve.at(headcount * (1 - shrinkage));
    }
}

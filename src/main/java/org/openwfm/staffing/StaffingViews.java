package org.openwfm.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.staffing.queueing.QueueMetrics;
import org.openwfm.staffing.queueing.Requirement;

/** What the staffing endpoints answer. Probabilities are fractions in [0, 1]. */
public final class StaffingViews {

    private StaffingViews() {}

    /**
     * @param agents             productive agents needed (or evaluated)
     * @param agentsForGoal      fewest agents meeting the service goal, before the occupancy cap and minimum
     * @param asaSeconds         mean wait over all arrivals; null when the queue cannot keep up
     * @param model              ERLANG_C, ERLANG_A (patience given) or WORKLOAD (email)
     */
    public record Calculation(
            int agents,
            int agentsWithShrinkage,
            Integer agentsForGoal,
            double serviceLevel,
            Double asaSeconds,
            double occupancy,
            double probabilityOfWait,
            double probabilityOfAbandon,
            double trafficErlangs,
            String model) {

        static Calculation of(Requirement r, String model) {
            return of(r.metrics(), r.agentsWithShrinkage(), r.agentsForGoal(), model);
        }

        static Calculation of(QueueMetrics m, int agentsWithShrinkage, Integer agentsForGoal, String model) {
            return new Calculation(
                    m.agents(),
                    agentsWithShrinkage,
                    agentsForGoal,
                    m.serviceLevel(),
                    Double.isFinite(m.asaSeconds()) ? m.asaSeconds() : null,
                    m.occupancy(),
                    m.probabilityOfWait(),
                    m.probabilityOfAbandon(),
                    m.trafficErlangs(),
                    model);
        }
    }

    public record Week(
            String clientId,
            Channel channel,
            LocalDate weekStart,
            String timeZone,
            int intervalMinutes,
            List<IntervalView> intervals) {

        static Week of(WeekStaffing week) {
            return new Week(
                    week.clientId(),
                    week.channel(),
                    week.weekStart(),
                    week.timeZone(),
                    week.intervalMinutes(),
                    week.intervals().stream().map(IntervalView::of).toList());
        }
    }

    /**
     * One interval: zero required when closed; contacts and AHT null where no forecast covers it. {@code required}
     * and {@code requiredWithShrinkage} are what schedules plan against (after a planner's adjustment, where one
     * applies); the {@code computed} ones are what the queue model alone requires. Service level and occupancy are
     * what {@code required} productive agents give.
     */
    public record IntervalView(
            Instant start,
            Instant end,
            boolean open,
            Double contacts,
            Double ahtSeconds,
            double trafficErlangs,
            int required,
            int requiredWithShrinkage,
            int computedRequired,
            int computedRequiredWithShrinkage,
            AppliedAdjustment adjustment,
            double serviceLevel,
            double occupancy) {

        static IntervalView of(IntervalStaffing i) {
            Requirement r = i.requirement();
            Requirement computed = i.computedRequirement();
            Adjustment a = i.adjustment();
            return new IntervalView(
                    i.start(),
                    i.end(),
                    i.open(),
                    i.contacts(),
                    i.ahtSeconds(),
                    i.trafficErlangs(),
                    r.agents(),
                    r.agentsWithShrinkage(),
                    computed.agents(),
                    computed.agentsWithShrinkage(),
                    a == null ? null : new AppliedAdjustment(a.id(), a.kind(), a.agents()),
                    r.metrics().serviceLevel(),
                    r.metrics().occupancy());
        }
    }

    /** The planner's adjustment that decides an interval's requirement. */
    public record AppliedAdjustment(long id, AdjustmentKind kind, int agents) {}
}

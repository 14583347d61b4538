package org.openwfm.staffing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.ForecastService;
import org.openwfm.forecast.ForecastViews.CurveInterval;
import org.openwfm.shared.time.Weeks;
import org.openwfm.staffing.queueing.IntervalLoad;
import org.openwfm.staffing.queueing.QueueMetrics;
import org.openwfm.staffing.queueing.QueueModel;
import org.openwfm.staffing.queueing.Requirement;
import org.openwfm.staffing.queueing.ServiceTargets;
import org.openwfm.staffing.queueing.StaffingCalculator;

/** Requirements per interval from the effective forecast and the client channel's coverage rules. */
@ApplicationScoped
public class StaffingService {

    @Inject
    ClientDirectory clients;

    @Inject
    ForecastService forecasts;

    @Inject
    RequirementAdjustments adjustments;

    /**
     * The week of Monday {@code weekStart} in the client's zone, interval by interval on the UTC grain
     * (a week with a DST change has one interval-hour more or less). Closed intervals require nobody. On an open
     * interval the newest planner's adjustment covering it decides the requirement ({@link #adjusted}).
     */
    @Transactional
    public WeekStaffing weekStaffing(String clientId, Channel channel, LocalDate weekStart) {
        ClientProfile client = clients.require(clientId);
        ChannelProfile rules = clients.requireChannel(clientId, channel);
        Weeks.requireMonday("weekStart", weekStart);
        ZoneId zone = ZoneId.of(client.timeZone());
        long grainSeconds = rules.intervalMinutes() * 60L;
        Instant from = ceilToGrain(weekStart.atStartOfDay(zone).toInstant(), grainSeconds);
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        Map<Instant, CurveInterval> forecast =
                forecasts.effectiveCurve(clientId, channel, from, to).intervals().stream()
                        .collect(Collectors.toMap(CurveInterval::start, Function.identity()));

        List<Instant> starts = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(grainSeconds)) {
            starts.add(t);
        }
        ServiceTargets staffingRules = ChannelTargets.of(rules);
        Map<Instant, Double> emailWork = staffingRules.mode() == ServiceTargets.Mode.WORKLOAD
                ? spreadOverOpenIntervals(starts, forecast, rules, zone)
                : Map.of();
        List<Adjustment> inForce = adjustments.inForce(clientId, channel, from, to);
        List<IntervalStaffing> intervals = new ArrayList<>(starts.size());
        for (Instant start : starts) {
            Instant end = start.plusSeconds(grainSeconds);
            CurveInterval row = forecast.get(start);
            boolean open = rules.isOpenAt(start.atZone(zone));
            IntervalLoad load = load(row, open, emailWork.get(start), rules.intervalMinutes());
            QueueModel model = StaffingCalculator.model(load, staffingRules);
            Requirement computed = open ? StaffingCalculator.require(load, staffingRules) : nobody(model);
            Adjustment adjustment = open ? newestCovering(inForce, start, end) : null;
            intervals.add(new IntervalStaffing(
                    start,
                    end,
                    open,
                    row == null ? null : row.contacts(),
                    row == null ? null : row.ahtSeconds(),
                    model,
                    adjusted(computed, adjustment, model, staffingRules),
                    computed,
                    adjustment,
                    rules.shrinkage()));
        }
        return new WeekStaffing(
                clientId,
                channel,
                weekStart,
                client.timeZone(),
                rules.intervalMinutes(),
                rules.serviceLevelTarget(),
                intervals);
    }

    /**
     * Productive agents each interval of {@code starts} requires when {@code demand} (contacts and handle time per
     * interval start) arrives, by the channel's rules and nothing else: no planner adjustment. Closed intervals
     * require nobody; email's work waits for the day's open intervals, as in {@link #weekStaffing}. For comparing
     * two demands, such as a forecast and what really happened.
     */
    @Transactional
    public Map<Instant, Integer> agentsRequired(
            String clientId, Channel channel, List<Instant> starts, Map<Instant, CurveInterval> demand) {
        ClientProfile client = clients.require(clientId);
        ChannelProfile rules = clients.requireChannel(clientId, channel);
        ZoneId zone = ZoneId.of(client.timeZone());
        ServiceTargets staffingRules = ChannelTargets.of(rules);
        Map<Instant, Double> emailWork = staffingRules.mode() == ServiceTargets.Mode.WORKLOAD
                ? spreadOverOpenIntervals(starts, demand, rules, zone)
                : Map.of();
        Map<Instant, Integer> agents = new HashMap<>();
        for (Instant start : starts) {
            boolean open = rules.isOpenAt(start.atZone(zone));
            IntervalLoad load = load(demand.get(start), open, emailWork.get(start), rules.intervalMinutes());
            agents.put(
                    start,
                    open ? StaffingCalculator.require(load, staffingRules).agents() : 0);
        }
        return agents;
    }

    private static IntervalLoad load(CurveInterval row, boolean open, Double emailWorkSeconds, int intervalMinutes) {
        if (emailWorkSeconds != null) {
            return IntervalLoad.ofWorkSeconds(emailWorkSeconds, intervalMinutes);
        }
        if (!open || row == null) {
            return new IntervalLoad(0, 1, intervalMinutes);
        }
        return new IntervalLoad(row.contacts(), row.ahtSeconds(), intervalMinutes);
    }

    /**
     * A planner's adjustment replaces the productive agents the queue model found (SET) or moves them (CHANGE); the
     * headcount with shrinkage then follows by the calculator's own rounding, so a SET with no shrinkage is exactly
     * the headcount the solver covers.
     */
    private static Requirement adjusted(
            Requirement computed, Adjustment adjustment, QueueModel model, ServiceTargets staffingRules) {
        if (adjustment == null) {
            return computed;
        }
        int agents = adjustment.kind().productiveAgents(computed.agents(), adjustment.agents());
        return StaffingCalculator.withProductiveAgents(computed, model, staffingRules, agents);
    }

    /** The first of the newest-first adjustments that covers [start, end) wins: a later one overrides an earlier. */
    private static Adjustment newestCovering(List<Adjustment> newestFirst, Instant start, Instant end) {
        for (Adjustment adjustment : newestFirst) {
            if (adjustment.covers(start, end)) {
                return adjustment;
            }
        }
        return null;
    }

    private static Requirement nobody(QueueModel model) {
        QueueMetrics metrics = model.at(0);
        return new Requirement(0, 0, 0, metrics);
    }

    /**
     * Email waits for the next open hours: each client-local day's work (contacts × AHT) is shared
     * evenly by that day's open intervals; a day with no open interval hands its work to the next one.
     */
    private static Map<Instant, Double> spreadOverOpenIntervals(
            List<Instant> starts, Map<Instant, CurveInterval> forecast, ChannelProfile rules, ZoneId zone) {
        Map<Instant, Double> work = new HashMap<>();
        double carried = 0;
        int index = 0;
        while (index < starts.size()) {
            LocalDate day = starts.get(index).atZone(zone).toLocalDate();
            List<Instant> open = new ArrayList<>();
            double dayWork = carried;
            for (;
                    index < starts.size()
                            && starts.get(index).atZone(zone).toLocalDate().equals(day);
                    index++) {
                Instant start = starts.get(index);
                CurveInterval row = forecast.get(start);
                dayWork += row == null ? 0 : row.contacts() * row.ahtSeconds();
                ZonedDateTime local = start.atZone(zone);
                if (rules.isOpenAt(local)) {
                    open.add(start);
                }
            }
            carried = open.isEmpty() ? dayWork : 0;
            for (Instant start : open) {
                work.put(start, dayWork / open.size());
            }
        }
        return work;
    }

    private static Instant ceilToGrain(Instant instant, long grainSeconds) {
        long seconds = Math.floorDiv(instant.getEpochSecond() + grainSeconds - 1, grainSeconds) * grainSeconds;
        return Instant.ofEpochSecond(seconds);
    }
}

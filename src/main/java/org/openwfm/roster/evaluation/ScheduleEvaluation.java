package org.openwfm.roster.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleKpis.AgentKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.ChannelKpis;
import org.openwfm.roster.evaluation.ScheduleKpis.CoverageInterval;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.WeekStaffing;

/**
 * KPIs and coverage of a set of shifts and sessions against the staffing they were planned for. Works from shifts and
 * placed sessions alone, so a solver's result and a stored schedule are measured the same way. An agent on shift is
 * away from its channel while on a break or in a session (meeting, coaching, training), as the solver counts it.
 */
public final class ScheduleEvaluation {

    private final Map<ChannelKey, WeekStaffing> staffing;
    private final Map<ChannelKey, Map<Instant, Double>> scheduled = new HashMap<>();
    private final List<ScheduledShift> shifts;
    private final Map<String, List<TimeSpan>> preferredHours;
    private final AwayTime away;
    /** Per agent, seconds of its sessions outside all of its shifts, paid on top of them. */
    private final Map<String, Long> sessionSecondsOutsideShifts;

    public ScheduleEvaluation(List<ScheduledShift> shifts, Map<ChannelKey, WeekStaffing> staffing) {
        this(shifts, staffing, Map.of());
    }

    /** @param preferredHours each agent's preferred hours as UTC spans; agents without preferences are absent */
    public ScheduleEvaluation(
            List<ScheduledShift> shifts,
            Map<ChannelKey, WeekStaffing> staffing,
            Map<String, List<TimeSpan>> preferredHours) {
        this(shifts, staffing, preferredHours, List.of());
    }

    /**
     * @param preferredHours each agent's preferred hours as UTC spans; agents without preferences are absent
     * @param sessions       the placed sessions: attendees on shift are away from its channel while in one
     */
    public ScheduleEvaluation(
            List<ScheduledShift> shifts,
            Map<ChannelKey, WeekStaffing> staffing,
            Map<String, List<TimeSpan>> preferredHours,
            List<ScheduledActivity> sessions) {
        this.shifts = shifts;
        this.staffing = staffing;
        this.preferredHours = preferredHours;
        this.away = new AwayTime(sessions);
        this.sessionSecondsOutsideShifts = away.secondsOutsideShifts(shifts);
        for (ScheduledShift shift : shifts) {
            WeekStaffing week = staffing.get(shift.channel());
            if (week == null) {
                continue;
            }
            Map<Instant, Double> counts = scheduled.computeIfAbsent(shift.channel(), k -> new HashMap<>());
            long intervalSeconds = week.intervalMinutes() * 60L;
            for (Instant t = shift.start(); t.isBefore(shift.end()); t = t.plusSeconds(intervalSeconds)) {
                // A break or a session takes the agent off the interval for its length.
                counts.merge(
                        t,
                        (double) away.presentSeconds(shift, t, t.plusSeconds(intervalSeconds)) / intervalSeconds,
                        Double::sum);
            }
        }
    }

    /** Agents on the channel in the interval starting then, less the time they spend on breaks and in sessions. */
    public double scheduledAt(ChannelKey channel, Instant start) {
        return scheduled.getOrDefault(channel, Map.of()).getOrDefault(start, 0.0);
    }

    public List<CoverageInterval> coverage(ChannelKey channel) {
        WeekStaffing week = staffing.get(channel);
        List<CoverageInterval> intervals = new ArrayList<>(week.intervals().size());
        for (IntervalStaffing interval : week.intervals()) {
            double headcount = scheduledAt(channel, interval.start());
            intervals.add(new CoverageInterval(
                    interval.start(),
                    interval.end(),
                    interval.requirement().agentsWithShrinkage(),
                    headcount,
                    interval.serviceLevelWithScheduled(headcount)));
        }
        return intervals;
    }

    public ScheduleKpis kpis() {
        List<ChannelKpis> byChannel = new ArrayList<>();
        Totals overall = new Totals();
        staffing.forEach((channel, week) -> {
            Totals totals = new Totals();
            for (IntervalStaffing interval : week.intervals()) {
                totals.add(interval, scheduledAt(channel, interval.start()), week);
            }
            overall.merge(totals);
            byChannel.add(new ChannelKpis(
                    channel.clientId(),
                    channel.channel(),
                    totals.coverage(),
                    totals.overstaffing(),
                    totals.serviceLevel(),
                    totals.meetingGoal,
                    totals.open,
                    paidHours(channel),
                    totals.required,
                    totals.scheduled));
        });
        double paidHours = paidHours(null)
                + sessionSecondsOutsideShifts.values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        / 3600.0;
        return new ScheduleKpis(
                overall.coverage(),
                overall.overstaffing(),
                overall.serviceLevel(),
                overall.meetingGoal,
                overall.open,
                paidHours,
                byChannel,
                byAgent());
    }

    /**
     * Shift hours, breaks and sessions included, on one channel or (null) on all. Session time outside shifts belongs
     * to no channel: {@link #kpis} adds it to the total.
     */
    private double paidHours(ChannelKey channel) {
        return shifts.stream()
                        .filter(s -> channel == null || s.channel().equals(channel))
                        .mapToLong(s -> s.end().getEpochSecond() - s.start().getEpochSecond())
                        .sum()
                / 3600.0;
    }

    private List<AgentKpis> byAgent() {
        Map<String, AgentTotals> perAgent = new TreeMap<>();
        for (ScheduledShift shift : shifts) {
            AgentTotals sums = perAgent.computeIfAbsent(shift.agentId(), k -> new AgentTotals());
            sums.shiftHours += (shift.end().getEpochSecond() - shift.start().getEpochSecond()) / 3600.0;
            for (TimeSpan preferred : preferredHours.getOrDefault(shift.agentId(), List.of())) {
                long from = Math.max(
                        preferred.start().getEpochSecond(), shift.start().getEpochSecond());
                long to = Math.min(preferred.end().getEpochSecond(), shift.end().getEpochSecond());
                sums.preferredHours += Math.max(0, to - from) / 3600.0;
            }
            WeekStaffing week = staffing.get(shift.channel());
            if (week == null) {
                continue;
            }
            for (IntervalStaffing interval : week.intervals()) {
                if (!interval.start().isBefore(shift.start())
                        && interval.start().isBefore(shift.end())) {
                    double present = (double) away.presentSeconds(shift, interval.start(), interval.end())
                            / (week.intervalMinutes() * 60.0);
                    sums.talkMinutes +=
                            interval.expectedTalkMinutes(scheduledAt(shift.channel(), interval.start()), present);
                }
            }
        }
        sessionSecondsOutsideShifts.forEach((agentId, seconds) ->
                perAgent.computeIfAbsent(agentId, k -> new AgentTotals()).sessionHours += seconds / 3600.0);
        List<AgentKpis> agents = new ArrayList<>();
        perAgent.forEach((agentId, sums) -> agents.add(new AgentKpis(
                agentId,
                sums.shiftHours + sums.sessionHours,
                Math.round(sums.talkMinutes * 10) / 10.0,
                // Preferences speak of shifts: a session's time outside them is the session's, not the agent's choice.
                preferredHours.containsKey(agentId) && sums.shiftHours > 0
                        ? sums.preferredHours / sums.shiftHours
                        : null)));
        return agents;
    }

    /**
     * Running sums for one agent: shift hours, session hours outside shifts, expected talk minutes, and shift hours
     * inside preferred hours.
     */
    private static final class AgentTotals {
        double shiftHours;
        double sessionHours;
        double talkMinutes;
        double preferredHours;
    }

    /** Running sums for one channel or for all. */
    private static final class Totals {
        long required;
        double scheduled;
        double covered;
        double over;
        double contacts;
        double weightedServiceLevel;
        int meetingGoal;
        int open;

        void add(IntervalStaffing interval, double headcount, WeekStaffing week) {
            int need = interval.requirement().agentsWithShrinkage();
            required += need;
            scheduled += headcount;
            covered += Math.min(need, headcount);
            over += Math.max(0, headcount - need);
            if (!interval.open()) {
                return;
            }
            open++;
            double serviceLevel = interval.serviceLevelWithScheduled(headcount);
            if (serviceLevel >= week.serviceLevelTarget() - 1e-9) {
                meetingGoal++;
            }
            double weight = interval.contacts() == null ? 0 : interval.contacts();
            contacts += weight;
            weightedServiceLevel += weight * serviceLevel;
        }

        void merge(Totals other) {
            required += other.required;
            scheduled += other.scheduled;
            covered += other.covered;
            over += other.over;
            contacts += other.contacts;
            weightedServiceLevel += other.weightedServiceLevel;
            meetingGoal += other.meetingGoal;
            open += other.open;
        }

        double coverage() {
            return required == 0 ? 1 : covered / required;
        }

        double overstaffing() {
            return scheduled == 0 ? 0 : over / scheduled;
        }

        Double serviceLevel() {
            return contacts == 0 ? null : weightedServiceLevel / contacts;
        }
    }
}

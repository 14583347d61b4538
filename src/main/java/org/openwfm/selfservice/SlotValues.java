package org.openwfm.selfservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.staffing.IntervalStaffing;

/**
 * What one more agent is worth on a client channel's intervals, by the same staffing math the schedule
 * KPIs use: the talk time the agent could expect and the service level it would add.
 *
 * @param staffing each interval's staffing, by start
 * @param shifts   the published shifts on the channel, whose agents (less their breaks) are on it now
 * @param sessions the published sessions of those agents, which take them off the channel while they last
 */
record SlotValues(
        Map<Instant, IntervalStaffing> staffing, List<ScheduledShift> shifts, List<ScheduledActivity> sessions) {

    /** No staffing known: views without expected talk minutes and service-level gain. */
    static final SlotValues NONE = new SlotValues(Map.of(), List.of(), List.of());

    /**
     * Agents on the interval now, counted by presence (an agent on break or in a session half the time counts half;
     * breaks never fall in a session, so nothing counts away twice).
     */
    double headcount(Instant start, Instant end) {
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        long present = 0;
        for (ScheduledShift shift : shifts) {
            present += shift.presentSeconds(start, end);
            for (ScheduledActivity session : sessions) {
                if (session.attends(shift.agentId())) {
                    Instant from = shift.start().isAfter(start) ? shift.start() : start;
                    Instant to = shift.end().isBefore(end) ? shift.end() : end;
                    present -= from.isBefore(to) ? session.secondsWithin(from, to) : 0;
                }
            }
        }
        return Math.max(0, present) / (double) seconds;
    }

    OpenSlotView view(SlotRow row) {
        IntervalStaffing interval = staffing.get(row.start());
        Double talk = null;
        Double gain = null;
        if (interval != null) {
            double now = headcount(row.start(), row.end());
            talk = Math.round(interval.expectedTalkMinutes(now + 1, 1) * 10) / 10.0;
            gain = interval.serviceLevelWithScheduled(now + 1) - interval.serviceLevelWithScheduled(now);
        }
        SeatLedger seats = row.seats();
        return new OpenSlotView(
                row.channel().clientId(),
                row.channel().channel(),
                row.start(),
                row.end(),
                seats.open(),
                talk,
                gain,
                seats.uncovered(),
                seats.released(),
                seats.claimed(),
                row.required(),
                row.planned(),
                row.openedAt());
    }
}

package org.openwfm.selfservice;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.problem.ScheduledShift;
import org.openwfm.schedule.ScheduleShiftRecord;
import org.openwfm.shared.time.TimeSpan;

/**
 * The shift a claim makes: the claimed range joined with the agent's shifts it touches on the same
 * client channel in the same published schedule (one before, one after at most, since an agent's
 * shifts never overlap).
 *
 * @param joined the agent's shifts the claim extends
 * @param others the agent's other shifts, which the rules weigh the new shift against
 */
record ClaimShape(List<ScheduleShiftRecord> joined, TimeSpan merged, List<ScheduledShift> others) {

    static ClaimShape of(List<ScheduleShiftRecord> own, ChannelKey channel, long scheduleId, TimeSpan range) {
        List<ScheduleShiftRecord> joined = own.stream()
                .filter(r -> r.scheduleId == scheduleId
                        && r.channelKey().equals(channel)
                        && (r.end.equals(range.start()) || r.start.equals(range.end())))
                .toList();
        Instant start = joined.stream()
                .map(r -> r.start)
                .filter(t -> t.isBefore(range.start()))
                .findFirst()
                .orElse(range.start());
        Instant end = joined.stream()
                .map(r -> r.end)
                .filter(t -> t.isAfter(range.end()))
                .findFirst()
                .orElse(range.end());
        List<ScheduledShift> others = own.stream()
                .filter(r -> !joined.contains(r))
                .map(r -> r.toShift(List.of()))
                .toList();
        return new ClaimShape(joined, new TimeSpan(start, end), others);
    }
}

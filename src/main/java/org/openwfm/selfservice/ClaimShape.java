package org.openwfm.selfservice;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.time.TimeSpan;

/**
 * The shift a claim makes: the claimed range joined with the agent's shifts it touches on the same
 * client channel in the same published schedule (one before, one after at most, since an agent's
 * shifts never overlap).
 *
 * @param joined the agent's shifts the claim extends
 * @param others the agent's other shifts, which the rules weigh the new shift against
 */
record ClaimShape(List<Shift> joined, TimeSpan merged, List<ScheduledShift> others) {

    static ClaimShape of(List<Shift> own, ChannelKey channel, long scheduleId, TimeSpan range) {
        List<Shift> joined = own.stream()
                .filter(s -> s.scheduleId() == scheduleId
                        && s.shift().channel().equals(channel)
                        && (s.shift().end().equals(range.start())
                                || s.shift().start().equals(range.end())))
                .toList();
        Instant start = joined.stream()
                .map(s -> s.shift().start())
                .filter(t -> t.isBefore(range.start()))
                .findFirst()
                .orElse(range.start());
        Instant end = joined.stream()
                .map(s -> s.shift().end())
                .filter(t -> t.isAfter(range.end()))
                .findFirst()
                .orElse(range.end());
        List<ScheduledShift> others =
                own.stream().filter(s -> !joined.contains(s)).map(Shift::shift).toList();
        return new ClaimShape(joined, new TimeSpan(start, end), others);
    }
}

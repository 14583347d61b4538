package org.openwfm.roster.domain;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.time.TimeSpan;

/** A shift as a schedule holds it, in UTC instants on the grain, with its breaks (on a 15-minute grid). */
public record ScheduledShift(String agentId, ChannelKey channel, Instant start, Instant end, List<TimeSpan> breaks) {

    public ScheduledShift(String agentId, ChannelKey channel, Instant start, Instant end) {
        this(agentId, channel, start, end, List.of());
    }

    public ScheduledShift withBreaks(List<TimeSpan> placed) {
        return new ScheduledShift(agentId, channel, start, end, List.copyOf(placed));
    }

    /** Minutes of [from, to) the agent is on this shift and not on a break. */
    public long presentSeconds(Instant from, Instant to) {
        long present = overlapSeconds(start, end, from, to);
        for (TimeSpan pause : breaks) {
            present -= overlapSeconds(pause.start(), pause.end(), from, to);
        }
        return present;
    }

    private static long overlapSeconds(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        long from = Math.max(aStart.getEpochSecond(), bStart.getEpochSecond());
        long to = Math.min(aEnd.getEpochSecond(), bEnd.getEpochSecond());
        return Math.max(0, to - from);
    }
}

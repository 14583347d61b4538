package org.openwfm.roster.domain;

import java.time.Instant;
import java.util.List;
import org.openwfm.shared.time.TimeSpan;

/**
 * A placed session of a meeting, a coaching or a training as a schedule holds it, in UTC instants: its attendees are
 * away from contacts for its length. {@code kind} is TEAM_MEETING, COACHING or TRAINING; the supervisor and the team
 * are null where the session has none.
 */
public record ScheduledActivity(
        String key,
        String name,
        String kind,
        String supervisorId,
        String supervisorName,
        String teamName,
        List<String> agentIds,
        Instant start,
        Instant end) {

    public static final String TEAM_MEETING = "TEAM_MEETING";
    public static final String COACHING = "COACHING";
    public static final String TRAINING = "TRAINING";

    public ScheduledActivity {
        agentIds = List.copyOf(agentIds);
    }

    public boolean attends(String agentId) {
        return agentIds.contains(agentId);
    }

    public TimeSpan span() {
        return new TimeSpan(start, end);
    }

    /** Seconds of [from, to) the session takes. */
    public long secondsWithin(Instant from, Instant to) {
        long later = Math.max(start.getEpochSecond(), from.getEpochSecond());
        long earlier = Math.min(end.getEpochSecond(), to.getEpochSecond());
        return Math.max(0, earlier - later);
    }

    public boolean overlaps(Instant from, Instant to) {
        return secondsWithin(from, to) > 0;
    }
}

package org.openwfm.workforce.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openwfm.shared.time.TimeSpan;

/**
 * One shift of an agent as the contract rules judge it: with the agent's other shifts around it, and the
 * agent's zone, since days and weeks are the agent's own.
 *
 * @param shift  the shift judged: a claim's merged shift, what a release leaves, a shift being published
 * @param others the agent's other shifts the caller weighs it against (never the shift itself)
 */
public record AgentShifts(ZoneId zone, TimeSpan shift, List<TimeSpan> others) {

    /** A shift judged on its own, for the rules about a single shift. */
    public static AgentShifts alone(ZoneId zone, TimeSpan shift) {
        return new AgentShifts(zone, shift, List.of());
    }

    LocalDate day(TimeSpan span) {
        return span.start().atZone(zone).toLocalDate();
    }

    static long minutes(TimeSpan span) {
        return Duration.between(span.start(), span.end()).toMinutes();
    }
}

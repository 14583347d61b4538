package org.openwfm.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a part of a split job solves. The job's {@code solveSeconds} is what the planner waits for the whole
 * week, so a part starting now gets the job's time left shared out by agents among the parts not started yet
 * (itself included). On one solver slot the parts then take about the job's time in all, as one whole solve would;
 * when more slots run parts side by side, time a part leaves unused goes to the parts that start after it.
 */
final class PartSolveTime {

    /** Even a part that starts past its job's time gets this long, enough to construct a small group's week. */
    static final int MINIMUM_SECONDS = 1;

    private PartSolveTime() {}

    static int seconds(
            int jobSeconds, Instant jobStartedAt, SchedulePart part, List<SchedulePart> notStarted, Instant now) {
        Duration left = Duration.ofSeconds(jobSeconds).minus(Duration.between(jobStartedAt, now));
        long waitingAgents = notStarted.stream().mapToLong(p -> p.agents).sum();
        if (left.isNegative() || waitingAgents == 0) {
            return MINIMUM_SECONDS;
        }
        long share = left.toMillis() * part.agents / waitingAgents / 1000;
        return (int) Math.max(MINIMUM_SECONDS, share);
    }
}

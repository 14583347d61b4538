package org.openwfm.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a part of a split job solves. The job's {@code solveSeconds} is what the planner waits for the whole
 * week, counted from when its first part started. A part starting now gets the job's time left shared out by agents
 * among the parts not started yet (itself included), times the job's parts solving at this moment (itself included):
 * the parallelism the cluster's free slots give the job, as far as it can be seen. On one solver slot the parts so
 * take about the job's time in all, as one whole solve would; on more slots they take about the job's time together.
 * Never more than the time left. The first part to start sees nothing else solving, so it gets the one-slot share even
 * when a second slot takes the next part a moment later: how many slots will be free for the job is not known.
 */
final class PartSolveTime {

    /** Even a part that starts past its job's time gets this long; its first schedule is built in full regardless. */
    static final int MINIMUM_SECONDS = 1;

    private PartSolveTime() {}

    /**
     * @param partsBegan when the job's first part started (now, for the first)
     * @param notStarted the job's parts still queued, this one included
     * @param solvingBeside how many of the job's other parts are solving now, on any replica
     */
    static int seconds(
            int jobSeconds,
            Instant partsBegan,
            SchedulePart part,
            List<SchedulePart> notStarted,
            int solvingBeside,
            Instant now) {
        Duration left = Duration.ofSeconds(jobSeconds).minus(Duration.between(partsBegan, now));
        long waitingAgents = notStarted.stream().mapToLong(p -> p.agents).sum();
        if (left.isNegative() || waitingAgents == 0) {
            return MINIMUM_SECONDS;
        }
        long share = left.toMillis() * (solvingBeside + 1) * part.agents / waitingAgents;
        return (int) Math.max(MINIMUM_SECONDS, Math.min(left.toMillis(), share) / 1000);
    }
}

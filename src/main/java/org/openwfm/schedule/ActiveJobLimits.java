package org.openwfm.schedule;

import java.time.Duration;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.LimitReachedException;

/**
 * How many schedule jobs may be queued or solving at once, per planner and in all. Checked by
 * {@link ScheduleStore#createWithinLimits} under the submit lock, with the counts of the same transaction.
 */
record ActiveJobLimits(int perUser, int total) {

    /** A solve usually ends within the default 30 s (or stops sooner when its score stops improving). */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    static ActiveJobLimits of(OpenWfmConfig.Roster roster) {
        return new ActiveJobLimits(roster.maxActiveJobsPerUser(), roster.maxActiveJobs());
    }

    /** Refuses (429) a new job when the planner's or the service's active jobs are at their limit. */
    void check(String planner, long activeOfPlanner, long activeInAll) {
        if (activeOfPlanner >= perUser) {
            throw new LimitReachedException(
                    planner + " has " + activeOfPlanner + " schedule jobs queued or solving, the most"
                            + " one planner may have (openwfm.roster.max-active-jobs-per-user = " + perUser
                            + "); stop one (DELETE) or wait for one to finish",
                    RETRY_AFTER);
        }
        if (activeInAll >= total) {
            throw new LimitReachedException(
                    "The service has " + activeInAll + " schedule jobs queued or solving, the most it"
                            + " takes at once (openwfm.roster.max-active-jobs = " + total + "); wait for one to finish",
                    RETRY_AFTER);
        }
    }
}

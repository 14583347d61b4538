package org.openwfm.schedule;

import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/**
 * The Quartz job that solves one schedule job, or one part of a split one, on whichever replica with the solver
 * on takes it first. It requests recovery, so when that replica dies mid-solve Quartz hands it to another one.
 */
public class SolveJob implements Job {

    static final String GROUP = "solve";
    /** Job data is stored as text (Quarkus sets Quartz's useProperties), so the numbers go in as strings. */
    static final String SCHEDULE_ID = "scheduleId";

    static final String PART_NO = "partNo";

    @Inject
    ScheduleJobs jobs;

    @Inject
    SolverRuns runs;

    static JobKey key(long scheduleId) {
        return JobKey.jobKey("schedule-" + scheduleId, GROUP);
    }

    static JobKey partKey(long scheduleId, int partNo) {
        return JobKey.jobKey("schedule-" + scheduleId + "-part-" + partNo, GROUP);
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        long scheduleId = Long.parseLong(data.getString(SCHEDULE_ID));
        runs.jobStarted();
        try {
            if (data.containsKey(PART_NO)) {
                jobs.solvePart(scheduleId, Integer.parseInt(data.getString(PART_NO)));
            } else {
                jobs.solve(scheduleId);
            }
        } finally {
            runs.jobEnded();
        }
    }
}

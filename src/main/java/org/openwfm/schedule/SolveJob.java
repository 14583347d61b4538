package org.openwfm.schedule;

import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;

/**
 * The Quartz job that solves one schedule job, on whichever replica with the solver on takes it first. It
 * requests recovery, so when that replica dies mid-solve Quartz hands it to another one.
 */
public class SolveJob implements Job {

    static final String GROUP = "solve";
    /** Job data is stored as text (Quarkus sets Quartz's useProperties), so the id goes in as a string. */
    static final String SCHEDULE_ID = "scheduleId";

    @Inject
    ScheduleJobs jobs;

    static JobKey key(long scheduleId) {
        return JobKey.jobKey("schedule-" + scheduleId, GROUP);
    }

    @Override
    public void execute(JobExecutionContext context) {
        jobs.solve(Long.parseLong(context.getMergedJobDataMap().getString(SCHEDULE_ID)));
    }
}

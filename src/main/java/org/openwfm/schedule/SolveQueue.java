package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerBuilder;

/**
 * Solve jobs in Quartz's job store, which lives in the service's database and is shared by every replica.
 * Writes join the caller's transaction (the store is container-managed), so a job record and its Quartz job
 * are committed, or rolled back, together.
 */
@ApplicationScoped
class SolveQueue {

    @Inject
    Scheduler quartz;

    /** Queues a new schedule job; a replica with a free solver slot takes it. */
    void enqueue(long scheduleId) {
        queue(JobBuilder.newJob(SolveJob.class).withIdentity(SolveJob.key(scheduleId)), scheduleId);
    }

    /** Queues one part of a split job; parts run wherever solver slots are free, side by side. */
    void enqueuePart(long scheduleId, int partNo) {
        queue(
                JobBuilder.newJob(SolveJob.class)
                        .withIdentity(SolveJob.partKey(scheduleId, partNo))
                        .usingJobData(SolveJob.PART_NO, String.valueOf(partNo)),
                scheduleId);
    }

    /** Every solve job asks for recovery: when its replica dies, Quartz gives it to another. */
    private void queue(JobBuilder job, long scheduleId) {
        JobDetail detail = job.usingJobData(SolveJob.SCHEDULE_ID, String.valueOf(scheduleId))
                .requestRecovery(true)
                .build();
        call(() -> quartz.scheduleJob(detail, now().build()));
    }

    /**
     * A trigger that fires as soon as a slot is free, however long the job waited. Quartz takes a trigger more than
     * its misfire threshold (60 s) late only when its misfire handler gets round to it, up to a minute later, unless
     * the trigger ignores misfires: a job queued behind a long solve would otherwise wait that extra minute.
     */
    static TriggerBuilder<SimpleTrigger> now() {
        return TriggerBuilder.newTrigger()
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires());
    }

    /**
     * Queues a job again that this replica is giving up while it solves (it is shutting down), for another
     * replica to take over. Called while the job still runs, so the job keeps a trigger when this run ends.
     */
    void handOver(JobKey job) {
        call(() -> quartz.scheduleJob(now().withIdentity("handover-" + UUID.randomUUID(), SolveJob.GROUP)
                .forJob(job)
                .build()));
    }

    /** Takes a job that has not started out of the queue. */
    void withdraw(long scheduleId) {
        call(() -> quartz.deleteJob(SolveJob.key(scheduleId)));
    }

    /** This replica takes no more jobs (it is shutting down); the others go on. */
    void stopTaking() {
        call(() -> {
            quartz.standby();
            return null;
        });
    }

    private interface QuartzCall {
        Object run() throws SchedulerException;
    }

    private static void call(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The solve-job store refused: " + e.getMessage(), e);
        }
    }
}

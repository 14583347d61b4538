package org.openwfm.schedule;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.openwfm.roster.breaks.BreakPlanner;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleEvaluation;
import org.openwfm.roster.evaluation.ScheduleKpis;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.DomainException;
import org.openwfm.shared.error.ProblemException;
import org.quartz.JobKey;

/**
 * The solves running on this replica, each on the Quartz thread (solver slot) that took its job: Timefold's
 * solver manager solves, and meanwhile the progress is written, the best shifts stored now and then for a
 * takeover, and the database asked once a second whether a planner stopped the job. A replica shutting down
 * hands its solves over instead of finishing them.
 */
@ApplicationScoped
public class SolverRuns {

    /** What a solve works for: a whole schedule job, or one part of a split one. */
    interface SolveTarget {
        /** The solve's key in the solver manager, unique on this replica. */
        long runId();

        long scheduleId();

        /** The Quartz job to queue again when this replica hands the solve over. */
        JobKey quartzJob();

        boolean stopAsked();

        void progress(String score, ScheduleKpis kpis);

        void checkpoint(List<ScheduledShift> best);

        void finish(RosterProblem problem, SolvedWeek solved, String score);
    }

    private static final Logger LOG = Logger.getLogger(SolverRuns.class);
    private static final Duration PROGRESS_WRITE_INTERVAL = Duration.ofSeconds(1);
    /** How often the best shifts so far are stored for a takeover: a dead replica costs at most this much work. */
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(15);
    /** How often a running solve looks for a planner's stop in the database. */
    private static final Duration STOP_CHECK_INTERVAL = Duration.ofSeconds(1);
    /** How long a shutdown waits for its solves to be handed over. */
    private static final Duration HAND_OVER_WAIT = Duration.ofSeconds(30);

    @Inject
    SolverManager<Roster, Long> solverManager;

    @Inject
    ScheduleStore store;

    @Inject
    SolveQueue queue;

    @Inject
    ObjectMapper json;

    @Inject
    OpenWfmConfig config;

    private final Map<Long, SolveTarget> running = new ConcurrentHashMap<>();
    /** Quartz jobs running here, from before their record is read: a shutdown waits for all of them. */
    private final AtomicInteger jobsHere = new AtomicInteger();

    private volatile boolean shuttingDown;

    /**
     * Builds the problem, solves it for up to {@code time} and closes the target; a failure fails the whole
     * schedule job. A shutdown that comes during the build hands the job over as soon as the build ends.
     */
    void run(SolveTarget target, Supplier<RosterProblem> build, Duration time) {
        running.put(target.runId(), target);
        try {
            RosterProblem problem = build.get();
            if (shuttingDown) {
                handOver(target, List.of()); // nothing solved here: the shifts stored before stand
                return;
            }
            Roster best = solveUntilDone(target, problem, time);
            SolvedWeek solved = solvedWeek(problem, best);
            if (shuttingDown) {
                handOver(target, solved.shifts());
            } else {
                target.finish(problem, solved, String.valueOf(best.getScore()));
            }
        } catch (RuntimeException e) {
            failOrHandOver(target.scheduleId(), target.quartzJob(), e);
        } finally {
            running.remove(target.runId());
        }
    }

    /**
     * A job that broke off: failed, unless this replica is shutting down, when the job is queued again for
     * another replica (the database may already be gone, see {@link #leaveForRecovery}).
     */
    void failOrHandOver(long scheduleId, JobKey job, RuntimeException cause) {
        if (!shuttingDown) {
            fail(scheduleId, cause);
            return;
        }
        try {
            handOver(job, scheduleId);
        } catch (RuntimeException handOverFailed) {
            leaveForRecovery(scheduleId, cause);
        }
    }

    /** A Quartz job of this replica starts or ends; a shutdown waits until none runs (or a while). */
    void jobStarted() {
        jobsHere.incrementAndGet();
    }

    void jobEnded() {
        jobsHere.decrementAndGet();
    }

    /** Stops this replica's solves of the job now, rather than at their next look at the database. */
    void stopHere(long scheduleId) {
        running.values().stream()
                .filter(target -> target.scheduleId() == scheduleId)
                .forEach(target -> solverManager.terminateEarly(target.runId()));
    }

    void fail(long scheduleId, Throwable failure) {
        LOG.errorf(failure, "Schedule job %d failed", scheduleId);
        String reason = failure instanceof ProblemException problem
                ? problem.problem().detail()
                : failure instanceof DomainException refused ? refused.getMessage() : failure.toString();
        store.fail(scheduleId, "Solving failed: " + reason);
    }

    /** The solution as a schedule holds it: breaks placed clear of the sessions, which come along. */
    static SolvedWeek solvedWeek(RosterProblem problem, Roster solution) {
        List<ScheduledActivity> activities = problem.activities(solution);
        List<ScheduledShift> shifts = BreakPlanner.forStaffing(problem.staffing())
                .place(problem.shifts(solution), problem.breakTerms(), activities);
        return new SolvedWeek(shifts, activities, problem.unplaced(solution));
    }

    static ScheduleKpis evaluate(RosterProblem problem, List<ScheduledShift> shifts, List<ScheduledActivity> sessions) {
        return new ScheduleEvaluation(shifts, problem.staffing(), problem.preferredHours(), sessions).kpis();
    }

    private Roster solveUntilDone(SolveTarget target, RosterProblem problem, Duration time) {
        long runId = target.runId();
        Progress progress = new Progress();
        CompletableFuture<Roster> done = new CompletableFuture<>();
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(time)
                .withUnimprovedSpentLimit(Duration.ofSeconds(
                        Math.min(time.toSeconds(), config.roster().unimprovedSeconds())));
        solverManager
                .solveBuilder()
                .withProblemId(runId)
                .withProblem(problem.roster())
                .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(termination))
                .withBestSolutionConsumer(best -> recordProgress(target, problem, progress, best))
                .withFinalBestSolutionConsumer(done::complete)
                .withExceptionHandler((id, failure) -> done.completeExceptionally(failure))
                .run();
        while (true) {
            try {
                return done.get(STOP_CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillSolving) {
                if (shuttingDown || target.stopAsked()) {
                    solverManager.terminateEarly(runId);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure
                        ? failure
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                solverManager.terminateEarly(runId);
                throw new IllegalStateException("Interrupted while solving", e);
            }
        }
    }

    /**
     * Keeps the score and KPIs current while solving, at most once a second, so planners watch it improve, and
     * stores the best shifts now and then for a replica that may have to take the solve over.
     */
    private void recordProgress(SolveTarget target, RosterProblem problem, Progress progress, Roster best) {
        long now = System.nanoTime();
        if (now - progress.lastWrite < PROGRESS_WRITE_INTERVAL.toNanos()) {
            return;
        }
        progress.lastWrite = now;
        try {
            SolvedWeek solved = solvedWeek(problem, best);
            target.progress(String.valueOf(best.getScore()), evaluate(problem, solved.shifts(), solved.activities()));
            if (now - progress.lastCheckpoint >= CHECKPOINT_INTERVAL.toNanos()) {
                progress.lastCheckpoint = now;
                target.checkpoint(solved.shifts());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not record the progress of schedule job %d; solving goes on", target.scheduleId());
        }
    }

    /** Stores the best shifts so far (if any) and queues the job again, for another replica to go on from there. */
    @Transactional
    void handOver(SolveTarget target, List<ScheduledShift> best) {
        if (!best.isEmpty()) {
            target.checkpoint(best);
        }
        handOver(target.quartzJob(), target.scheduleId());
    }

    @Transactional
    void handOver(JobKey job, long scheduleId) {
        queue.handOver(job);
        LOG.infof("Handed schedule job %d over to the other replicas as this one shuts down", scheduleId);
    }

    /**
     * A solve that broke off while this replica shuts down, before it could be handed over. Returning would tell
     * Quartz the job is done and leave its record SOLVING for good; instead this thread waits for the process to
     * end, so Quartz's store still shows the job executing here, and another replica recovers it once this
     * replica's check-in lapses.
     */
    private void leaveForRecovery(long scheduleId, RuntimeException cause) {
        LOG.warnf(
                "Schedule job %d broke off as this replica shut down (%s); another replica takes it over",
                scheduleId, cause.toString());
        while (true) {
            LockSupport.park(this);
        }
    }

    /**
     * A replica shutting down takes no new jobs and hands its running solves over: each stops early, stores its
     * best shifts and is queued again. Waits for that (briefly) before the solver and database go away.
     */
    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
        queue.stopTaking();
        running.keySet().forEach(solverManager::terminateEarly);
        long deadline = System.nanoTime() + HAND_OVER_WAIT.toNanos();
        while (jobsHere.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** When a solve last wrote its progress and stored its best shifts. */
    private static final class Progress {
        volatile long lastWrite = System.nanoTime() - PROGRESS_WRITE_INTERVAL.toNanos();
        volatile long lastCheckpoint = System.nanoTime();
    }
}

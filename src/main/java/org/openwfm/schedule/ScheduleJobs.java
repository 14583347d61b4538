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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.openwfm.roster.breaks.BreakPlanner;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleEvaluation;
import org.openwfm.roster.evaluation.ScheduleKpis;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.DomainException;
import org.openwfm.shared.error.ProblemException;

/**
 * Schedule jobs, queued in Quartz's clustered job store and solved with Timefold by whichever replica takes
 * them. The job record in the database is the truth and the only channel between replicas: a stop is written
 * there, the best schedule so far is stored there now and then, and a replica taking over a job whose
 * replica died reads both. This class keeps only what the solves running on this replica need.
 */
@ApplicationScoped
public class ScheduleJobs {

    private static final Logger LOG = Logger.getLogger(ScheduleJobs.class);
    private static final Duration PROGRESS_WRITE_INTERVAL = Duration.ofSeconds(1);
    /** How often the best schedule so far is stored for a takeover: a dead replica costs at most this much work. */
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(15);
    /** How often a running solve looks for a planner's stop in the database. */
    private static final Duration STOP_CHECK_INTERVAL = Duration.ofSeconds(1);
    /** How long a stop waits for the stopped solve to store its best schedule (breaks and KPIs take a moment). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** A job taken over after its solve time ran out still gets this long to improve on the stored schedule. */
    private static final Duration TAKEOVER_MINIMUM = Duration.ofSeconds(5);

    @Inject
    SolverManager<Roster, Long> solverManager;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    SolveQueue queue;

    @Inject
    ObjectMapper json;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    private final Map<Long, RunningSolve> running = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    /** Records the job and queues it, in one transaction: a job is never recorded without being queued. */
    @Transactional
    public Schedule submit(
            LocalDate weekStart,
            List<String> clientIds,
            Integer solveSeconds,
            boolean replanPublished,
            String requestedBy) {
        int seconds = solveSeconds == null ? config.roster().defaultSolveSeconds() : solveSeconds;
        if (seconds < 1 || seconds > config.roster().maxSolveSeconds()) {
            throw ProblemException.invalidField(
                    "solveSeconds", "must be from 1 to " + config.roster().maxSolveSeconds());
        }
        Schedule schedule = new Schedule();
        schedule.weekStart = weekStart;
        schedule.clientIds = String.join(",", clientIds == null ? List.of() : clientIds);
        schedule.solveSeconds = seconds;
        schedule.replanPublished = replanPublished;
        schedule.requestedBy = requestedBy;
        store.createWithinLimits(schedule, ActiveJobLimits.of(config.roster()));
        queue.enqueue(schedule.id);
        return schedule;
    }

    /**
     * Stops a queued or solving job, from any replica; a solving one keeps its best schedule so far. Returns
     * once the record is closed (or after {@link #STOP_WAIT}), so the answer usually shows it CANCELLED.
     */
    public void stop(long id) {
        if (cancelIfQueued(id)) {
            return;
        }
        store.requestStop(id);
        if (running.containsKey(id)) {
            solverManager.terminateEarly(id); // solving here: no need to wait for its next look at the database
        }
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (store.find(id).filter(Schedule::isActive).isPresent()) {
            if (System.nanoTime() > deadline) {
                LOG.warnf(
                        "Schedule job %d did not close within %s of its stop; it will when its solve ends",
                        id, STOP_WAIT);
                return;
            }
            pause(Duration.ofMillis(200));
        }
    }

    @Transactional
    boolean cancelIfQueued(long id) {
        if (!store.cancelIfQueued(id, "Stopped by a planner before it started")) {
            return false;
        }
        queue.withdraw(id);
        return true;
    }

    /**
     * Runs one job on this replica's Quartz thread (a solver slot) until it ends. A job that was already
     * solving is a takeover: it starts from the best schedule stored so far, with the solve time that remains.
     */
    void solve(long id) {
        ScheduleStore.SolveTurn turn = store.takeForSolving(id).orElse(null);
        if (turn == null) {
            return; // stopped before it started
        }
        Schedule schedule = turn.schedule();
        try {
            RosterProblem problem = problem(schedule);
            if (turn.takeover()) {
                problem.assign(shiftStore.shifts(id));
            }
            Roster best = solveUntilDone(id, problem, timeLeft(schedule));
            if (shuttingDown) {
                handOver(id, problem, best);
            } else {
                finish(id, problem, best);
            }
        } catch (RuntimeException e) {
            if (shuttingDown) {
                LOG.warnf("Schedule job %d broke off as this replica shut down; another replica takes it over", id);
            } else {
                fail(id, e);
            }
        } finally {
            running.remove(id);
        }
    }

    /** The job's solve time, less what it already had before a takeover (but never less than a few seconds). */
    private Duration timeLeft(Schedule schedule) {
        Duration total = Duration.ofSeconds(schedule.solveSeconds);
        Duration spent = Duration.between(schedule.startedAt, clock.instant());
        Duration left = total.minus(spent);
        Duration floor = TAKEOVER_MINIMUM.compareTo(total) < 0 ? TAKEOVER_MINIMUM : total;
        return left.compareTo(floor) < 0 ? floor : left;
    }

    /**
     * Builds the roster from the data as it is when the job starts, and remembers which published shifts
     * of its week it saw: publishing it later needs them unchanged.
     */
    private RosterProblem problem(Schedule schedule) {
        List<PublishedShift> published = shiftStore.publishedAround(schedule.weekStart);
        store.recordPlannedFrom(
                schedule.id,
                ShiftStore.digest(published.stream()
                        .filter(p -> p.weekStart().equals(schedule.weekStart)
                                && ClientLists.overlap(p.clientIds(), schedule.clientIdList()))
                        .toList()));
        return builder.build(
                schedule.weekStart,
                schedule.clientIdList(),
                published.stream().map(PublishedShift::shift).toList(),
                schedule.replanPublished);
    }

    /** Solves on Timefold's solver manager and waits, looking for a planner's stop once a second meanwhile. */
    private Roster solveUntilDone(long id, RosterProblem problem, Duration time) {
        RunningSolve solve = new RunningSolve(problem);
        running.put(id, solve);
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(time)
                .withUnimprovedSpentLimit(Duration.ofSeconds(
                        Math.min(time.toSeconds(), config.roster().unimprovedSeconds())));
        solverManager
                .solveBuilder()
                .withProblemId(id)
                .withProblem(problem.roster())
                .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(termination))
                .withBestSolutionConsumer(best -> recordProgress(id, solve, best))
                .withFinalBestSolutionConsumer(solve.done::complete)
                .withExceptionHandler((jobId, failure) -> solve.done.completeExceptionally(failure))
                .run();
        while (true) {
            try {
                return solve.done.get(STOP_CHECK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillSolving) {
                if (shuttingDown || store.isStopRequested(id)) {
                    solverManager.terminateEarly(id);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure
                        ? failure
                        : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                solverManager.terminateEarly(id);
                throw new IllegalStateException("Interrupted while solving", e);
            }
        }
    }

    /**
     * Keeps the job's score and KPIs current while it solves, at most once a second, so planners watch it
     * improve, and stores the best schedule now and then for a replica that may have to take the job over.
     */
    private void recordProgress(long id, RunningSolve solve, Roster best) {
        long now = System.nanoTime();
        if (now - solve.lastProgressWrite < PROGRESS_WRITE_INTERVAL.toNanos()) {
            return;
        }
        solve.lastProgressWrite = now;
        try {
            List<ScheduledShift> shifts = placeBreaks(solve.problem, best);
            ScheduleKpis kpis = evaluate(solve.problem, shifts);
            // Per-agent figures wait for the end: they would make each event (one a second, kept a day) ten times
            // larger.
            store.recordProgress(id, String.valueOf(best.getScore()), StoredKpis.write(json, kpis.withoutAgents()));
            if (now - solve.lastCheckpoint >= CHECKPOINT_INTERVAL.toNanos()) {
                solve.lastCheckpoint = now;
                store.checkpoint(id, shifts);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not record the progress of schedule job %d; solving goes on", id);
        }
    }

    private static List<ScheduledShift> placeBreaks(RosterProblem problem, Roster solution) {
        return BreakPlanner.forStaffing(problem.staffing()).place(problem.shifts(solution), problem.breakTerms());
    }

    private static ScheduleKpis evaluate(RosterProblem problem, List<ScheduledShift> shifts) {
        return new ScheduleEvaluation(shifts, problem.staffing(), problem.preferredHours()).kpis();
    }

    private void finish(long id, RosterProblem problem, Roster best) {
        List<ScheduledShift> shifts = placeBreaks(problem, best);
        store.finish(id, shifts, String.valueOf(best.getScore()), StoredKpis.write(json, evaluate(problem, shifts)));
    }

    /** Stores the best schedule so far and queues the job again, for another replica to go on from there. */
    @Transactional
    void handOver(long id, RosterProblem problem, Roster best) {
        store.checkpoint(id, placeBreaks(problem, best));
        queue.handOver(id);
        LOG.infof("Handed schedule job %d over to the other replicas as this one shuts down", id);
    }

    private void fail(long id, Throwable failure) {
        LOG.errorf(failure, "Schedule job %d failed", id);
        String reason = failure instanceof ProblemException problem
                ? problem.problem().detail()
                : failure instanceof DomainException refused ? refused.getMessage() : failure.toString();
        store.fail(id, "Solving failed: " + reason);
    }

    /**
     * A replica shutting down takes no new jobs and hands its running ones over: each stops early, stores its
     * best schedule and is queued again. Waits for that (briefly) before the solver and database go away.
     */
    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
        queue.stopTaking();
        running.keySet().forEach(solverManager::terminateEarly);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What this replica keeps about a solve it runs. */
    private static final class RunningSolve {
        final RosterProblem problem;
        final CompletableFuture<Roster> done = new CompletableFuture<>();
        volatile long lastProgressWrite = System.nanoTime() - PROGRESS_WRITE_INTERVAL.toNanos();
        volatile long lastCheckpoint = System.nanoTime();

        RunningSolve(RosterProblem problem) {
            this.problem = problem;
        }
    }
}

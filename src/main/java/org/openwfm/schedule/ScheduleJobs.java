package org.openwfm.schedule;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openwfm.schedule.api.ScheduleStatus;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.DomainException;
import org.openwfm.shared.error.ProblemException;

/**
 * Runs schedule jobs on Timefold's SolverManager: at most its parallel-solver-count solve at once, the
 * rest wait in its queue. The job record in the database is the truth; this class only keeps what a
 * running solve needs (its problem, for KPIs, and whether a planner asked to stop it).
 */
@ApplicationScoped
public class ScheduleJobs {

    private static final Logger LOG = Logger.getLogger(ScheduleJobs.class);
    private static final Duration PROGRESS_WRITE_INTERVAL = Duration.ofSeconds(1);
    /** How long a stop waits for the stopped solve to store its best schedule (breaks and KPIs take a moment). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    @Inject
    SolverManager<Roster, Long> solverManager;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    ObjectMapper json;

    @Inject
    OpenWfmConfig config;

    private final Map<Long, RosterProblem> running = new ConcurrentHashMap<>();
    private final Map<Long, Long> lastProgressWrite = new ConcurrentHashMap<>();
    private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();
    /** Completed once a job's record is closed (SOLVED, CANCELLED or FAILED), so a stop can wait for it. */
    private final Map<Long, CompletableFuture<Void>> closed = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        int interrupted = store.failInterrupted();
        if (interrupted > 0) {
            LOG.warnf("Marked %d schedule job(s) interrupted by the last shutdown as FAILED", interrupted);
        }
    }

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
        long id = store.createWithinLimits(schedule, ActiveJobLimits.of(config.roster())).id;
        closed.put(id, new CompletableFuture<>());
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(seconds))
                .withUnimprovedSpentLimit(
                        Duration.ofSeconds(Math.min(seconds, config.roster().unimprovedSeconds())));
        solverManager
                .solveBuilder()
                .withProblemId(id)
                .withProblemFinder(this::problem)
                .withConfigOverride(new SolverConfigOverride<Roster>().withTerminationConfig(termination))
                .withSolverJobStartedConsumer(started -> store.markSolving(id))
                .withBestSolutionConsumer(best -> recordProgress(id, best))
                .withFinalBestSolutionConsumer(best -> finish(id, best))
                .withExceptionHandler((jobId, failure) -> fail(jobId, failure))
                .run();
        return schedule;
    }

    /**
     * Stops a queued or running job; a running one keeps its best schedule so far. Returns once the record is
     * closed, so the answer shows it CANCELLED and the job no longer counts against the active-job limits.
     */
    public void stop(long id) {
        stopRequested.add(id);
        solverManager.terminateEarly(id);
        if (store.find(id).filter(Schedule::isQueued).isPresent()) {
            store.cancel(id, "Stopped by a planner before it started");
            markClosed(id); // a queued job never reaches finish()
            return;
        }
        CompletableFuture<Void> done = closed.get(id);
        if (done != null) {
            try {
                done.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warnf(
                        "Schedule job %d did not close within %s of its stop; it will when its solve ends",
                        id, STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Builds the roster from the data as it is when the job starts, and remembers which published shifts
     * of its week it saw: publishing it later needs them unchanged.
     */
    private Roster problem(Long id) {
        Schedule schedule = store.find(id).orElseThrow();
        List<PublishedShift> published = shiftStore.publishedAround(schedule.weekStart);
        store.recordPlannedFrom(
                id,
                ShiftStore.digest(published.stream()
                        .filter(p -> p.weekStart().equals(schedule.weekStart)
                                && ClientLists.overlap(p.clientIds(), schedule.clientIdList()))
                        .toList()));
        RosterProblem problem = builder.build(
                schedule.weekStart,
                schedule.clientIdList(),
                published.stream().map(PublishedShift::shift).toList(),
                schedule.replanPublished);
        running.put(id, problem);
        return problem.roster();
    }

    /** Keeps the job's score and KPIs current while it solves, at most once a second, so planners watch it improve. */
    private void recordProgress(long id, Roster best) {
        long now = System.nanoTime();
        Long last = lastProgressWrite.get(id);
        RosterProblem problem = running.get(id);
        if (problem != null && (last == null || now - last > PROGRESS_WRITE_INTERVAL.toNanos())) {
            lastProgressWrite.put(id, now);
            try {
                ScheduleKpis kpis = evaluate(problem, placeBreaks(problem, best));
                // Per-agent figures wait for the end: they would make each event (one a second, kept a day) ten times
                // larger.
                store.recordProgress(id, String.valueOf(best.getScore()), StoredKpis.write(json, kpis.withoutAgents()));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not record the progress of schedule job %d; solving goes on", id);
            }
        }
    }

    private static List<ScheduledShift> placeBreaks(RosterProblem problem, Roster solution) {
        return BreakPlanner.forStaffing(problem.staffing()).place(problem.shifts(solution), problem.breakTerms());
    }

    private static ScheduleKpis evaluate(RosterProblem problem, List<ScheduledShift> shifts) {
        return new ScheduleEvaluation(shifts, problem.staffing(), problem.preferredHours()).kpis();
    }

    private void finish(long id, Roster best) {
        try {
            RosterProblem problem = running.get(id);
            List<ScheduledShift> shifts = placeBreaks(problem, best);
            String kpis = StoredKpis.write(json, evaluate(problem, shifts));
            boolean stopped = stopRequested.contains(id);
            store.finish(
                    id,
                    shifts,
                    String.valueOf(best.getScore()),
                    kpis,
                    stopped ? ScheduleStatus.CANCELLED : ScheduleStatus.SOLVED,
                    stopped ? "Stopped by a planner; the best schedule found so far is kept" : null);
        } catch (RuntimeException e) {
            fail(id, e);
        } finally {
            forget(id);
        }
    }

    private void fail(long id, Throwable failure) {
        LOG.errorf(failure, "Schedule job %d failed", id);
        String reason = failure instanceof ProblemException problem
                ? problem.problem().detail()
                : failure instanceof DomainException refused ? refused.getMessage() : failure.toString();
        store.fail(id, "Solving failed: " + reason);
        forget(id);
    }

    private void forget(long id) {
        markClosed(id);
        running.remove(id);
        lastProgressWrite.remove(id);
        stopRequested.remove(id);
    }

    private void markClosed(long id) {
        CompletableFuture<Void> done = closed.remove(id);
        if (done != null) {
            done.complete(null);
        }
    }
}

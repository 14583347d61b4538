package org.openwfm.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleKpis;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.schedule.SchedulePartStore.PartTurn;
import org.openwfm.schedule.ScheduleStore.SolveTurn;
import org.openwfm.schedule.SolverRuns.SolveTarget;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.quartz.JobKey;

/**
 * Schedule jobs, queued in Quartz's clustered job store and solved by whichever replica takes them. The job
 * record in the database is the truth and the only channel between replicas: a stop is written there, the best
 * shifts so far are stored there now and then, and a replica taking over a job whose replica died reads both. A
 * week whose clients fall into groups that share no agent is solved in parts, one Quartz job per group, and the
 * last part to finish joins them into the one record.
 */
@ApplicationScoped
public class ScheduleJobs {

    private static final Logger LOG = Logger.getLogger(ScheduleJobs.class);
    /** How long a stop waits for the stopped solve to store its best schedule (breaks and KPIs take a moment). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** A solve taken over after its time ran out still gets this long to improve on the stored shifts. */
    private static final Duration TAKEOVER_MINIMUM = Duration.ofSeconds(5);

    @Inject
    RosterProblemBuilder builder;

    @Inject
    ScheduleStore store;

    @Inject
    SchedulePartStore parts;

    @Inject
    ShiftStore shiftStore;

    @Inject
    ActivityStore activities;

    @Inject
    SolveQueue queue;

    @Inject
    SolverRuns runs;

    @Inject
    SolutionManager<Roster, HardMediumSoftScore> solutionManager;

    @Inject
    ObjectMapper json;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /** Records the job and queues it, in one transaction: a job is never recorded without being queued. */
    @Transactional
    public Schedule submit(
            LocalDate weekStart,
            List<String> clientIds,
            Integer solveSeconds,
            boolean replanPublished,
            boolean sessionsOnly,
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
        schedule.sessionsOnly = sessionsOnly;
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
        runs.stopHere(id); // solving here: no need to wait for its next look at the database
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (store.find(id).filter(Schedule::isActive).isPresent()) {
            if (System.nanoTime() > deadline) {
                LOG.warnf(
                        "Schedule job %d did not close within %s of its stop; it will when its solve ends",
                        id, STOP_WAIT);
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
     * Runs a job's Quartz job on this replica: splits the week into parts when its clients allow, or solves it
     * whole. A job that was already solving is a takeover: it goes on from the shifts stored last.
     */
    void solve(long id) {
        try {
            SolveTurn turn = store.takeForSolving(id).orElse(null);
            if (turn == null) {
                return; // stopped before it started
            }
            Schedule schedule = turn.schedule();
            if (!parts.parts(id).isEmpty()) {
                return; // already split: the parts are Quartz jobs of their own
            }
            List<PublishedShift> published = shiftStore.publishedAround(schedule.weekStart);
            recordPlannedFrom(schedule, published);
            List<ClientGroup> groups = config.roster().splitIndependentClients()
                    ? builder.groups(schedule.weekStart, schedule.clientIdList(), shiftsOf(published))
                    : List.of();
            if (groups.size() > 1) {
                split(id, groups);
                return;
            }
            runs.run(
                    new WholeJob(id),
                    () -> {
                        RosterProblem problem = build(schedule, schedule.clientIdList(), published);
                        if (turn.takeover()) {
                            problem.assign(shiftStore.shifts(id));
                        }
                        return problem;
                    },
                    timeLeft(schedule.solveSeconds, schedule.startedAt));
        } catch (RuntimeException e) {
            runs.failOrHandOver(id, SolveJob.key(id), e);
        }
    }

    /** Runs one part of a split job on this replica; a takeover goes on from the part's shifts stored last. */
    void solvePart(long id, int partNo) {
        PartTurn turn;
        try {
            turn = parts.take(id, partNo).orElse(null);
        } catch (RuntimeException e) {
            runs.failOrHandOver(id, SolveJob.partKey(id, partNo), e);
            return;
        }
        if (turn == null) {
            return; // its job was closed, or the part is solved
        }
        SchedulePart part = turn.part();
        Schedule schedule = turn.schedule();
        runs.run(
                new JobPart(part),
                () -> {
                    RosterProblem problem =
                            build(schedule, part.clientIdList(), shiftStore.publishedAround(schedule.weekStart));
                    if (turn.takeover()) {
                        problem.assign(shiftStore.shifts(id)); // other parts' shifts match no agent here
                    }
                    return problem;
                },
                timeLeft(part.solveSeconds, part.startedAt));
    }

    /** Records one part per group and queues each, in one transaction. */
    @Transactional
    void split(long id, List<ClientGroup> groups) {
        parts.create(id, groups).forEach(part -> queue.enqueuePart(id, part.partNo));
        LOG.infof(
                "Schedule job %d is solved in %d parts that share no agent: %s",
                id, groups.size(), groups.stream().map(ClientGroup::clientIds).toList());
    }

    /** Stores a solved part; the last one joins the parts and closes the job, in the same transaction. */
    @Transactional
    void finishPart(SchedulePart part, SolvedWeek solved, String score) {
        activities.add(part.scheduleId, solved.activities(), solved.unplaced());
        if (parts.solved(part, solved.shifts(), score)) {
            join(part.scheduleId);
        }
    }

    /**
     * Closes a split job as a single solve would: its shifts are the parts' together, and its score and KPIs are
     * those of the whole week (the fairness terms only exist over all agents, so the parts' scores do not add up).
     */
    private void join(long id) {
        Schedule schedule = store.find(id).orElseThrow();
        List<ScheduledShift> all = shiftStore.shifts(id);
        List<ScheduledActivity> sessions = activities.placed(id);
        RosterProblem whole = build(schedule, schedule.clientIdList(), shiftStore.publishedAround(schedule.weekStart));
        whole.assign(all);
        whole.assignActivities(sessions);
        HardMediumSoftScore score = solutionManager.update(whole.roster());
        store.finishJoined(
                id, String.valueOf(score), StoredKpis.write(json, SolverRuns.evaluate(whole, all, sessions)));
    }

    /**
     * The digest of the week's published shifts the job is planned from; publishing it later needs them
     * unchanged.
     */
    private void recordPlannedFrom(Schedule schedule, List<PublishedShift> published) {
        store.recordPlannedFrom(
                schedule.id,
                ShiftStore.digest(published.stream()
                        .filter(p -> p.weekStart().equals(schedule.weekStart)
                                && ClientLists.overlap(p.clientIds(), schedule.clientIdList()))
                        .toList()));
    }

    /**
     * The week for some of the job's clients, from the data as it is now: the sessions of the published schedules it
     * re-plans are kept where they are; those of the week's schedules for other clients stay theirs.
     */
    private RosterProblem build(Schedule schedule, List<String> clientIds, List<PublishedShift> published) {
        List<Long> beside = store.publishedBeside(schedule);
        // Every published schedule of the week sharing a client is re-planned, one with sessions and no shift too.
        List<Long> replanned = store.publishedForWeek(schedule.weekStart).stream()
                .map(other -> other.id)
                .filter(id -> !id.equals(schedule.id) && !beside.contains(id))
                .toList();
        return builder.build(
                schedule.weekStart,
                clientIds,
                shiftsOf(published),
                activities.placedIn(replanned),
                activities.placedIn(beside),
                schedule.replanPublished,
                schedule.sessionsOnly);
    }

    private static List<ScheduledShift> shiftsOf(List<PublishedShift> published) {
        return published.stream().map(PublishedShift::shift).toList();
    }

    /** The solve time, less what a solve already had before a takeover (but never less than a few seconds). */
    private Duration timeLeft(int solveSeconds, Instant startedAt) {
        Duration total = Duration.ofSeconds(solveSeconds);
        Duration left = total.minus(Duration.between(startedAt, clock.instant()));
        Duration floor = TAKEOVER_MINIMUM.compareTo(total) < 0 ? TAKEOVER_MINIMUM : total;
        return left.compareTo(floor) < 0 ? floor : left;
    }

    /** A job solved whole: its progress, stored shifts and outcome are the record's. */
    private final class WholeJob implements SolveTarget {
        private final long id;

        WholeJob(long id) {
            this.id = id;
        }

        @Override
        public long runId() {
            return id;
        }

        @Override
        public long scheduleId() {
            return id;
        }

        @Override
        public JobKey quartzJob() {
            return SolveJob.key(id);
        }

        @Override
        public boolean stopAsked() {
            return store.shouldStop(id);
        }

        @Override
        public void progress(String score, ScheduleKpis kpis) {
            // Per-agent figures wait for the end: they would make each event (one a second, kept a day) ten times
            // larger.
            store.recordProgress(id, score, StoredKpis.write(json, kpis.withoutAgents()));
        }

        @Override
        public void checkpoint(List<ScheduledShift> best) {
            store.checkpoint(id, best);
        }

        @Override
        public void finish(RosterProblem problem, SolvedWeek solved, String score) {
            String kpis = StoredKpis.write(json, SolverRuns.evaluate(problem, solved.shifts(), solved.activities()));
            store.finish(id, solved, score, kpis);
        }
    }

    /** One part of a split job: its progress is the part's score, its shifts the job's shifts of its clients. */
    private final class JobPart implements SolveTarget {
        private final SchedulePart part;

        JobPart(SchedulePart part) {
            this.part = part;
        }

        /** Negative, so that it never meets a whole job's run (keyed by the job's id) on this replica. */
        @Override
        public long runId() {
            return -part.id;
        }

        @Override
        public long scheduleId() {
            return part.scheduleId;
        }

        @Override
        public JobKey quartzJob() {
            return SolveJob.partKey(part.scheduleId, part.partNo);
        }

        /** A part stops for a planner's stop, and when another part failed the job. */
        @Override
        public boolean stopAsked() {
            return store.shouldStop(part.scheduleId);
        }

        @Override
        public void progress(String score, ScheduleKpis kpis) {
            parts.progress(part.id, score);
        }

        @Override
        public void checkpoint(List<ScheduledShift> best) {
            parts.checkpoint(part, best);
        }

        @Override
        public void finish(RosterProblem problem, SolvedWeek solved, String score) {
            finishPart(part, solved, score);
        }
    }
}

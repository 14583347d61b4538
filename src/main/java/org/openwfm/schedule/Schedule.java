package org.openwfm.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.openwfm.schedule.api.ScheduleStatus;

/**
 * A schedule job and its outcome; the record outlives the process that solved it. The request fields are set
 * when it is made; status and what goes with it change only through the lifecycle methods below, which refuse
 * a step the lifecycle does not have: QUEUED → SOLVING → SOLVED, CANCELLED (stopped) or FAILED; a QUEUED job
 * can also be CANCELLED or FAILED; SOLVED or CANCELLED → PUBLISHED; PUBLISHED → CANCELLED when superseded.
 */
@Entity
@Table(name = "schedule")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "week_start", nullable = false)
    public LocalDate weekStart;

    /** Comma-separated client ids; empty for every client. */
    @Column(name = "client_ids", nullable = false)
    public String clientIds;

    /** Whether published shifts of the week may move; otherwise they are pinned. */
    @Column(name = "replan_published", nullable = false)
    public boolean replanPublished;

    /**
     * Whether the solve keeps every published shift and day off of the week as it is and only places the week's
     * sessions; never together with {@link #replanPublished}.
     */
    @Column(name = "sessions_only", nullable = false)
    public boolean sessionsOnly;

    @Column(name = "solve_seconds", nullable = false)
    public int solveSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleStatus status;

    public String score;

    /** KPIs as JSON, written when solving ends. */
    public String kpis;

    /** Why a job failed or was stopped, in words. */
    public String message;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Digest of the week's published shifts this job was planned from; publishing needs them unchanged. */
    @Column(name = "planned_from")
    public String plannedFrom;

    /** The replica that runs or ran the solve ({@code openwfm.node-id}). */
    @Column(name = "solved_by")
    public String solvedBy;

    /** When a planner asked to stop it; the replica solving it reads this and stops, keeping its best schedule. */
    @Column(name = "stop_requested_at")
    public Instant stopRequestedAt;

    @Version
    public long version;

    /** A new job waits in the queue. */
    void enqueue(Instant now) {
        require(status == null, "enqueued");
        createdAt = now;
        status = ScheduleStatus.QUEUED;
    }

    /** An empty published week for one client, so hours opened there can be claimed. */
    static Schedule publishedEmpty(LocalDate weekStart, String clientId, String requestedBy, Instant now) {
        Schedule schedule = new Schedule();
        schedule.weekStart = weekStart;
        schedule.clientIds = clientId;
        schedule.requestedBy = requestedBy;
        schedule.createdAt = now;
        schedule.publishedAt = now;
        schedule.status = ScheduleStatus.PUBLISHED;
        schedule.message = "Opened for self-scheduling: no solved schedule was published for this week";
        return schedule;
    }

    public boolean isQueued() {
        return status == ScheduleStatus.QUEUED;
    }

    /** Queued or solving: it counts against the job limits and can still be stopped. */
    public boolean isActive() {
        return status == ScheduleStatus.QUEUED || status == ScheduleStatus.SOLVING;
    }

    public boolean isSolving() {
        return status == ScheduleStatus.SOLVING;
    }

    void startSolving(Instant now, String node) {
        require(isQueued(), "started");
        status = ScheduleStatus.SOLVING;
        startedAt = now;
        solvedBy = node;
    }

    /**
     * Another replica goes on with a job whose replica stopped mid-solve (it died, or handed the job over as it
     * shut down); the job keeps its start time, so it gets only the solve time that remains.
     */
    void takeOver(String node) {
        require(isSolving(), "taken over");
        message = "Taken over by " + node + " after " + solvedBy + " stopped while solving";
        solvedBy = node;
    }

    /** A planner's stop; whichever replica solves the job closes it as CANCELLED with its best schedule. */
    void requestStop(Instant now) {
        require(isSolving(), "asked to stop");
        if (stopRequestedAt == null) {
            stopRequestedAt = now;
        }
    }

    public boolean isStopRequested() {
        return stopRequestedAt != null;
    }

    /** The digest of the published shifts the job was planned from (see {@link ShiftStore#digest}). */
    void recordPlannedFrom(String digest) {
        require(isActive(), "planned");
        plannedFrom = digest;
    }

    /** The best score and KPIs so far, while it solves. */
    void progress(String score, String kpisJson) {
        require(isSolving(), "given progress");
        this.score = score;
        this.kpis = kpisJson;
    }

    /**
     * Closes a job with the best schedule found: CANCELLED when a planner asked to stop it, else SOLVED (a
     * taken-over job keeps the message that says so).
     */
    void finish(String score, String kpisJson, Instant now) {
        require(isActive(), "finished");
        this.score = score;
        this.kpis = kpisJson;
        if (isStopRequested()) {
            close(ScheduleStatus.CANCELLED, "Stopped by a planner; the best schedule found so far is kept", now);
        } else {
            close(ScheduleStatus.SOLVED, message, now);
        }
    }

    /** Stops a job that leaves no schedule behind (yet). */
    void cancel(String message, Instant now) {
        require(isActive(), "cancelled");
        close(ScheduleStatus.CANCELLED, message, now);
    }

    void fail(String message, Instant now) {
        require(isActive(), "failed");
        kpis = null; // they were a running solve's, and it left no schedule behind
        close(ScheduleStatus.FAILED, message, now);
    }

    void publish(Instant now) {
        require(status == ScheduleStatus.SOLVED || status == ScheduleStatus.CANCELLED, "published");
        status = ScheduleStatus.PUBLISHED;
        publishedAt = now;
    }

    /** A published schedule that a newer one replaces. */
    void supersede(long byScheduleId) {
        require(status == ScheduleStatus.PUBLISHED, "superseded");
        status = ScheduleStatus.CANCELLED;
        message = "Superseded by schedule " + byScheduleId;
    }

    private void close(ScheduleStatus outcome, String message, Instant now) {
        status = outcome;
        this.message = message;
        finishedAt = now;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalStateException("Schedule " + id + " is " + status + " and cannot be " + step);
        }
    }

    public List<String> clientIdList() {
        return clientIds.isEmpty() ? List.of() : Arrays.asList(clientIds.split(","));
    }
}

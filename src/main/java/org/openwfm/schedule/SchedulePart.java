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
import java.util.Arrays;
import java.util.List;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.schedule.api.ScheduleStatus;

/**
 * One group of clients of a split schedule job, solved as its own Quartz job: QUEUED → SOLVING → SOLVED. Its
 * shifts are the schedule's shifts of its clients; the job's record gets its score and KPIs when the last part
 * is solved.
 */
@Entity
@Table(name = "schedule_part")
public class SchedulePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id", nullable = false)
    public long scheduleId;

    /** From 1, in the groups' order. */
    @Column(name = "part_no", nullable = false)
    public int partNo;

    /** Comma-separated client ids, sorted. */
    @Column(name = "client_ids", nullable = false)
    public String clientIds;

    /** The agents of its clients: what its share of the job's solve time is measured by. */
    @Column(nullable = false)
    public int agents;

    /** Its solve time, set when it starts (a takeover keeps it). */
    @Column(name = "solve_seconds")
    public Integer solveSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleStatus status;

    /** The part's own best score: fairness across the whole week is scored only when the parts are joined. */
    public String score;

    @Column(name = "solved_by")
    public String solvedBy;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    static SchedulePart queued(long scheduleId, int partNo, ClientGroup group) {
        SchedulePart part = new SchedulePart();
        part.scheduleId = scheduleId;
        part.partNo = partNo;
        part.clientIds = String.join(",", group.clientIds());
        part.agents = group.agentCount();
        part.status = ScheduleStatus.QUEUED;
        return part;
    }

    public List<String> clientIdList() {
        return Arrays.asList(clientIds.split(","));
    }

    boolean isSolved() {
        return status == ScheduleStatus.SOLVED;
    }

    boolean isSolving() {
        return status == ScheduleStatus.SOLVING;
    }

    boolean isQueued() {
        return status == ScheduleStatus.QUEUED;
    }

    /**
     * Starts solving here for {@code seconds}, or takes the part over from a replica that stopped mid-solve (which
     * keeps its start and solve time).
     */
    void take(String node, Instant now, int seconds) {
        require(status == ScheduleStatus.QUEUED || status == ScheduleStatus.SOLVING, "taken");
        if (isQueued()) {
            startedAt = now;
            solveSeconds = seconds;
        }
        status = ScheduleStatus.SOLVING;
        solvedBy = node;
    }

    void progress(String score) {
        require(status == ScheduleStatus.SOLVING, "given progress");
        this.score = score;
    }

    void solved(String score, Instant now) {
        require(status == ScheduleStatus.SOLVING, "solved");
        this.score = score;
        status = ScheduleStatus.SOLVED;
        finishedAt = now;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalStateException(
                    "Part " + partNo + " of schedule " + scheduleId + " is " + status + " and cannot be " + step);
        }
    }
}

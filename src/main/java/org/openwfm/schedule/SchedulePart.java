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

    static SchedulePart queued(long scheduleId, int partNo, List<String> clientIds) {
        SchedulePart part = new SchedulePart();
        part.scheduleId = scheduleId;
        part.partNo = partNo;
        part.clientIds = String.join(",", clientIds);
        part.status = ScheduleStatus.QUEUED;
        return part;
    }

    public List<String> clientIdList() {
        return Arrays.asList(clientIds.split(","));
    }

    boolean isSolved() {
        return status == ScheduleStatus.SOLVED;
    }

    /** Starts solving here, or takes the part over from a replica that stopped mid-solve (keeping its start time). */
    void take(String node, Instant now) {
        require(status == ScheduleStatus.QUEUED || status == ScheduleStatus.SOLVING, "taken");
        if (status == ScheduleStatus.QUEUED) {
            startedAt = now;
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

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

/** A schedule job and its outcome; the record outlives the process that solved it. */
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

    @Version
    public long version;

    public List<String> clientIdList() {
        return clientIds.isEmpty() ? List.of() : Arrays.asList(clientIds.split(","));
    }
}

package org.openwfm.selfservice.timeoff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One agent's request for time off, from asking to its decision. */
@Entity
@Table(name = "time_off_request")
public class TimeOffRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimeOffStatus status;

    /** Counted against the allowance, all years together. */
    @Column(nullable = false)
    public long minutes;

    @ElementCollection
    @CollectionTable(name = "time_off_request_year", joinColumns = @JoinColumn(name = "request_id"))
    public List<CountedYear> years = new ArrayList<>();

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "pending_reason")
    public String pendingReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** The minutes counted in the year, 0 when the request does not touch it. */
    long minutesIn(int year) {
        return years.stream()
                .filter(y -> y.year == year)
                .mapToLong(y -> y.minutes)
                .sum();
    }

    /** Whether it holds allowance: approved, or waiting. */
    boolean holdsAllowance() {
        return status == TimeOffStatus.APPROVED || status == TimeOffStatus.PENDING;
    }
}

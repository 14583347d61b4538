package org.openwfm.staffing.adjustment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.openwfm.client.Channel;
import org.openwfm.staffing.Adjustment;
import org.openwfm.staffing.AdjustmentKind;

/**
 * One planner's adjustment, a version of its own: made once, later perhaps withdrawn (who and when are kept), never
 * changed otherwise. The newest one not withdrawn that covers an interval decides its requirement.
 */
@Entity
@Table(name = "requirement_adjustment")
public class RequirementAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdjustmentKind kind;

    @Column(nullable = false)
    public int agents;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    Adjustment inForce() {
        return new Adjustment(id, kind, agents, start, end);
    }
}

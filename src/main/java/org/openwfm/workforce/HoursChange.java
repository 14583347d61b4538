package org.openwfm.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Availability and preferred hours set for an agent from a later week on, with who set them and when. Rows are
 * never deleted: they are the history. One that stops applying gets {@code replacedAt}.
 */
@Entity
@Table(name = "agent_hours_change")
public class HoursChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    /** The Monday, in the agent's zone, of the first week the hours apply in. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    @ElementCollection
    @CollectionTable(name = "agent_hours_change_availability", joinColumns = @JoinColumn(name = "change_id"))
    public List<Availability> availability = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agent_hours_change_preferred", joinColumns = @JoinColumn(name = "change_id"))
    public List<Availability> preferredHours = new ArrayList<>();
}

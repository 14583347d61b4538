package org.openwfm.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A work-at-home agent: where they live (zone), what they may take, what they agreed to, when they can work. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Embedded
    public Contract contract = new Contract();

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "agent_certification", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderBy("clientId, channel")
    public List<Certification> certifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agent_availability", joinColumns = @JoinColumn(name = "agent_id"))
    public List<Availability> availability = new ArrayList<>();

    /** Weekly hours the agent prefers to work (a wish, not a limit); same shape as availability. */
    @ElementCollection
    @CollectionTable(name = "agent_preferred_hours", joinColumns = @JoinColumn(name = "agent_id"))
    public List<Availability> preferredHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agent_time_off", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderBy("start")
    public List<TimeOff> timeOff = new ArrayList<>();
}

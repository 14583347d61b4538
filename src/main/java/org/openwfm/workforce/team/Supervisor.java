package org.openwfm.workforce.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.workforce.Availability;

/** Someone who leads teams and coaches agents; may also be an agent itself (agentId). */
@Entity
@Table(name = "supervisor")
public class Supervisor {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "agent_id")
    public String agentId;

    @Version
    public long version;

    /** Weekly hours in the supervisor's own zone, the agents' shape. */
    @ElementCollection
    @CollectionTable(name = "supervisor_availability", joinColumns = @JoinColumn(name = "supervisor_id"))
    public List<Availability> availability = new ArrayList<>();
}

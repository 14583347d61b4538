package org.openwfm.workforce.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** Agents led by one supervisor; an agent belongs to at most one team. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "supervisor_id", nullable = false)
    public String supervisorId;

    @Version
    public long version;

    /** The members' agent ids, in id order. */
    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "agent_id", nullable = false)
    @OrderBy
    public List<String> members = new ArrayList<>();
}

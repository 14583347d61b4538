package org.openwfm.selfservice.timeoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A planner's allowance of time off for one agent and year, overriding the configured default. */
@Entity
@Table(name = "time_off_allowance")
@IdClass(TimeOffAllowance.Key.class)
public class TimeOffAllowance {

    @Id
    @Column(name = "agent_id")
    public String agentId;

    @Id
    @Column(name = "allowance_year")
    public int year;

    @Column(nullable = false)
    public long minutes;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    /** The row's key: agent and year. */
    public static class Key implements Serializable {
        public String agentId;
        public int year;

        public Key() {}

        Key(String agentId, int year) {
            this.agentId = agentId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.agentId, agentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, year);
        }
    }
}

package org.openwfm.activity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A weekly activity as stored. A team's activity keeps only the team (its supervisor and members are read when
 * the week is planned); supervisorId is the one the request named apart from a team.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    public String name;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "length_minutes", nullable = false)
    public int lengthMinutes;

    @Column(nullable = false)
    public int sessions;

    @Column(name = "window_start_minute", nullable = false)
    public int windowStartMinute;

    @Column(name = "window_end_minute", nullable = false)
    public int windowEndMinute;

    @Column(name = "window_time_zone", nullable = false)
    public String windowTimeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityPlacement placement;

    @Column(nullable = false)
    public int priority;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Agents named one by one, in the order the request gave them. */
    @ElementCollection
    @CollectionTable(name = "activity_attendee", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "agent_id", nullable = false)
    public List<String> agentIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "activity_window_day", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    public Set<DayOfWeek> windowDays = EnumSet.noneOf(DayOfWeek.class);

    /** Whether the activity recurs in the week from the Monday (validity dates inclusive). */
    boolean validInWeekOf(LocalDate weekStart) {
        return (validFrom == null || validFrom.isBefore(weekStart.plusDays(7)))
                && (validUntil == null || !validUntil.isBefore(weekStart));
    }
}

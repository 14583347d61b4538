package org.openwfm.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.problem.UnplacedActivity;

/** One activity session of a stored schedule: placed (start and end), or left out with the reason. */
@Entity
@Table(name = "schedule_activity")
public class ScheduleActivityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id", nullable = false)
    public Long scheduleId;

    @Column(name = "session_key", nullable = false)
    public String sessionKey;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String name;

    @Column(name = "team_name")
    public String teamName;

    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "supervisor_name")
    public String supervisorName;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    @Column(name = "unplaced_reason")
    public String unplacedReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_activity_attendee", joinColumns = @JoinColumn(name = "schedule_activity_id"))
    @Column(name = "agent_id")
    public List<String> agentIds = new ArrayList<>();

    static ScheduleActivityRecord placed(long scheduleId, ScheduledActivity session) {
        ScheduleActivityRecord record = new ScheduleActivityRecord();
        record.scheduleId = scheduleId;
        record.sessionKey = session.key();
        record.kind = session.kind();
        record.name = session.name();
        record.teamName = session.teamName();
        record.supervisorId = session.supervisorId();
        record.supervisorName = session.supervisorName();
        record.start = session.start();
        record.end = session.end();
        record.agentIds = new ArrayList<>(session.agentIds());
        return record;
    }

    static ScheduleActivityRecord unplaced(long scheduleId, UnplacedActivity session) {
        ScheduleActivityRecord record = new ScheduleActivityRecord();
        record.scheduleId = scheduleId;
        record.sessionKey = session.key();
        record.kind = session.kind();
        record.name = session.name();
        record.unplacedReason = session.reason();
        return record;
    }

    boolean isPlaced() {
        return start != null;
    }

    ScheduledActivity toActivity() {
        return new ScheduledActivity(
                sessionKey, name, kind, supervisorId, supervisorName, teamName, agentIds, start, end);
    }

    UnplacedActivity toUnplaced() {
        return new UnplacedActivity(sessionKey, name, kind, unplacedReason);
    }
}

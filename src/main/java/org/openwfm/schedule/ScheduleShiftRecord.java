package org.openwfm.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;

/** One shift of a stored schedule. */
@Entity
@Table(name = "schedule_shift")
public class ScheduleShiftRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "schedule_id", nullable = false)
    public Long scheduleId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public ChannelKey channelKey() {
        return new ChannelKey(clientId, channel);
    }

    public ScheduledShift toShift(List<TimeSpan> breaks) {
        return new ScheduledShift(agentId, channelKey(), start, end, breaks);
    }
}

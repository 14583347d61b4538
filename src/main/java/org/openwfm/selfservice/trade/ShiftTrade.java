package org.openwfm.selfservice.trade;

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
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.time.TimeSpan;

/**
 * A shift trade: hours of the offerer's published shift, offered to anyone certified or to one colleague, and once
 * accepted who takes them and, in a swap, which of the taker's hours go back. The shifts' spans as they were when
 * offered and accepted are kept, so a trade moves them only if they are still as they were.
 */
@Entity
@Table(name = "shift_trade")
public class ShiftTrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "from_agent_id", nullable = false)
    public String fromAgentId;

    /** The colleague it is offered to, or null for anyone certified. */
    @Column(name = "to_agent_id")
    public String toAgentId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "shift_id", nullable = false)
    public long shiftId;

    @Column(name = "shift_start", nullable = false)
    public Instant shiftStart;

    @Column(name = "shift_end", nullable = false)
    public Instant shiftEnd;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public String note;

    /** The stored status: never {@link TradeStatus#EXPIRED}, which is read from the clock. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TradeStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "swap_shift_id")
    public Long swapShiftId;

    @Column(name = "swap_client_id")
    public String swapClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "swap_channel")
    public Channel swapChannel;

    @Column(name = "swap_shift_start")
    public Instant swapShiftStart;

    @Column(name = "swap_shift_end")
    public Instant swapShiftEnd;

    @Column(name = "swap_start")
    public Instant swapStart;

    @Column(name = "swap_end")
    public Instant swapEnd;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "deny_reason")
    public String denyReason;

    /** The status as read now: an open or awaiting trade is expired from its expiry on. */
    TradeStatus statusAt(Instant now) {
        return status.pending() && !now.isBefore(expiresAt) ? TradeStatus.EXPIRED : status;
    }

    ChannelKey channelKey() {
        return new ChannelKey(clientId, channel);
    }

    TimeSpan offered() {
        return new TimeSpan(start, end);
    }

    TimeSpan shiftAsOffered() {
        return new TimeSpan(shiftStart, shiftEnd);
    }

    boolean isSwap() {
        return swapShiftId != null;
    }
}

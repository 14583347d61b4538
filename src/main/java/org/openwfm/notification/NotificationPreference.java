package org.openwfm.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's saved notification preferences, and when its last e-mail digest went out. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @Column(name = "agent_id")
    public String agentId;

    public String email;

    @Column(name = "open_seats", nullable = false)
    public boolean openSeats;

    /** "clientId CHANNEL" per line; empty for any channel. */
    @Column(name = "open_seat_channels", nullable = false)
    public String openSeatChannels;

    /** Day names, comma-separated. */
    @Column(name = "open_seat_days", nullable = false)
    public String openSeatDays;

    @Column(name = "open_seat_from", nullable = false)
    public String openSeatFrom;

    @Column(name = "open_seat_to", nullable = false)
    public String openSeatTo;

    @Column(name = "min_minutes", nullable = false)
    public int minMinutes;

    @Column(name = "schedule_changes", nullable = false)
    public boolean scheduleChanges;

    @Column(name = "trade_offers", nullable = false)
    public boolean tradeOffers;

    @Column(name = "request_decisions", nullable = false)
    public boolean requestDecisions;

    @Column(name = "in_app", nullable = false)
    public boolean inApp;

    @Column(name = "by_email", nullable = false)
    public boolean byEmail;

    @Column(name = "last_email_at")
    public Instant lastEmailAt;
}

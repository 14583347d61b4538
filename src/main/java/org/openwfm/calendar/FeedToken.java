package org.openwfm.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's calendar feed token. The URL holds the random token; the row holds only its SHA-256. */
@Entity
@Table(name = "calendar_feed_token")
public class FeedToken {

    @Id
    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

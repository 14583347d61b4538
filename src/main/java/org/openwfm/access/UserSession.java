package org.openwfm.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One signed-in browser. The cookie holds a random token; the row holds only its SHA-256. */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(nullable = false)
    public String username;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** The absolute end: no use of the session moves it. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}

package org.openwfm.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first successful answer to a write sent with an Idempotency-Key, kept to answer retries. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    @Id
    public String username;

    @Id
    @Column(name = "request_key")
    public String requestKey;

    /** SHA-256 of method, path and body: a key reused for another request is refused. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    @Column(name = "response_body", nullable = false)
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public record Key(String username, String requestKey) implements Serializable {}
}

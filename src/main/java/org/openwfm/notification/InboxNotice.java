package org.openwfm.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.openwfm.notification.api.NoticeKind;

/** One notice in an agent's in-app inbox. */
@Entity
@Table(name = "notification")
public class InboxNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}

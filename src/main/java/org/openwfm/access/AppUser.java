package org.openwfm.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who signs in. An agent user carries the id of the one agent it may act as. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public String role;

    @Column(name = "agent_id")
    public String agentId;
}

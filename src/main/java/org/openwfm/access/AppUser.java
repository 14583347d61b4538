package org.openwfm.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone who signs in. An agent user carries the id of the one agent it may act as, a supervisor user the id of
 * the one supervisor.
 */
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

    @Column(name = "supervisor_id")
    public String supervisorId;

    /** A disabled user cannot sign in, and its sessions are ended. */
    @Column(nullable = false)
    public boolean disabled;

    /** A demo user (known password) signs in only while the service runs in demo mode. */
    @Column(nullable = false)
    public boolean demo;

    /** Whether the user may sign in at all now, its password aside. */
    public boolean maySignIn(boolean demoMode) {
        return !disabled && (!demo || demoMode);
    }
}

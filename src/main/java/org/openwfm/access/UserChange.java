package org.openwfm.access;

/** What the user audit log records. */
public enum UserChange {
    CREATED,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    DISABLED,
    ENABLED
}

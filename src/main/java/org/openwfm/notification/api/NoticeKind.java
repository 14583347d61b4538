package org.openwfm.notification.api;

/** What a notification is about; each kind can be switched off in the agent's preferences. */
public enum NoticeKind {
    OPEN_SEATS,
    SCHEDULE_CHANGE,
    TRADE_OFFER,
    REQUEST_DECISION
}

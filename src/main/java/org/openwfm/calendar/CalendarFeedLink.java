package org.openwfm.calendar;

import java.time.Instant;

/**
 * The agent's feed token as its owner sees it.
 *
 * @param token the secret, only when this call issued it (only its hash is kept, so it cannot be shown again)
 * @param createdAt when the token in effect was issued
 */
public record CalendarFeedLink(String token, Instant createdAt) {}

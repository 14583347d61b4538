package org.openwfm.calendar;

import java.time.Instant;

/**
 * The agent's feed link.
 *
 * @param url the feed's address with its token, or null when the token was issued before (only its hash is kept:
 *     rotate to get a new address)
 * @param webcalUrl the same address with the webcal scheme, which opens the calendar app's subscribe dialog; null
 *     with {@code url}
 * @param createdAt when the token in effect was issued
 */
public record CalendarFeedView(String url, String webcalUrl, Instant createdAt) {}

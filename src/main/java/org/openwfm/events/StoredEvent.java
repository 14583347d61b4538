package org.openwfm.events;

import java.time.Instant;

/**
 * One announcement as the database keeps it.
 *
 * @param audience {@link EventLog#EVERYONE} or the one role that may see it
 * @param payload  the event's data as JSON
 */
public record StoredEvent(long id, Instant createdAt, String type, String audience, String payload) {}

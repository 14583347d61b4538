package org.openwfm.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the publishing transaction, so that what follows from a publish (open seats) is written
 * with it or not at all.
 *
 * @param clientIds the clients the schedule plans; empty for every client
 */
public record SchedulePublished(long scheduleId, LocalDate weekStart, List<String> clientIds) {}

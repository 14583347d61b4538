package org.openwfm.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the publishing transaction, so that what follows from a publish (open seats) is written
 * with it or not at all.
 *
 * @param clientIds the clients the schedule plans; empty for every client
 * @param replacedScheduleIds the published schedules it replaces (their shifts stay readable by id), so that agents
 *     who had shifts there and have none now can be told
 */
public record SchedulePublished(
        long scheduleId, LocalDate weekStart, List<String> clientIds, List<Long> replacedScheduleIds) {}

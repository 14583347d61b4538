package org.openwfm.schedule;

import java.time.LocalDate;
import java.util.List;
import org.openwfm.roster.domain.ScheduledShift;

/** A shift of a published schedule, with the schedule it belongs to (its week and the clients it plans). */
public record PublishedShift(
        long scheduleId, LocalDate weekStart, List<String> clientIds, long shiftId, ScheduledShift shift) {}

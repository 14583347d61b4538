package org.openwfm.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.workforce.AgentDto.AvailabilityDto;

/**
 * A change of an agent's availability and preferred hours as the API shows it: the Monday (in the agent's zone) of
 * the first week it applies in, the hours, who made it and when; {@code replacedAt} is null while it applies, else
 * when a later change (or a planner's edit of the standing hours) took its place.
 */
public record HoursChangeView(
        String agentId,
        LocalDate effectiveFrom,
        List<AvailabilityDto> availability,
        List<AvailabilityDto> preferredHours,
        String changedBy,
        Instant changedAt,
        Instant replacedAt) {

    static HoursChangeView of(HoursChange change) {
        return new HoursChangeView(
                change.agentId,
                change.effectiveFrom,
                WeeklyHours.toDtos(change.availability),
                WeeklyHours.toDtos(change.preferredHours),
                change.changedBy,
                change.changedAt,
                change.replacedAt);
    }
}

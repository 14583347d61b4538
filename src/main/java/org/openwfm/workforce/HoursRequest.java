package org.openwfm.workforce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openwfm.workforce.AgentDto.AvailabilityDto;

/**
 * An agent's new weekly availability and preferred hours, in the agent's shape and zone. Availability is required
 * (an empty list says "no hours"); preferred hours left out mean none.
 */
public record HoursRequest(
        @NotNull @Size(max = 100) List<@NotNull @Valid AvailabilityDto> availability,
        @Size(max = 100) List<@NotNull @Valid AvailabilityDto> preferredHours) {}

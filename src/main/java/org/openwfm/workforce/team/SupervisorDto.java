package org.openwfm.workforce.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openwfm.workforce.AgentDto.AvailabilityDto;

/**
 * A supervisor as the API reads and writes it: availability in the agents' shape ("HH:mm" in its own zone);
 * {@code agentId} when the supervisor is also an agent; {@code version} for optimistic locking on PUT.
 */
public record SupervisorDto(
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 64) String agentId,
        @Size(max = 100) List<@NotNull @Valid AvailabilityDto> availability,
        Long version) {}

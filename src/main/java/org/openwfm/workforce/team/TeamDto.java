package org.openwfm.workforce.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A team as the API reads and writes it: its members are agent ids; {@code version} for optimistic locking. */
public record TeamDto(
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String supervisorId,
        @Size(max = 500) List<@NotBlank String> members,
        Long version) {}

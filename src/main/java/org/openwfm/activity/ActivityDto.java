package org.openwfm.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as the API reads and writes it. {@code id}, {@code createdBy} and {@code createdAt} are the server's
 * (ignored when sent). Read back, {@code supervisorId} is the one in effect (a team's activity follows its team's
 * supervisor), and {@code sessions}, {@code priority} and {@code window.timeZone} carry their defaults.
 */
public record ActivityDto(
        Long id,
        @NotNull ActivityKind kind,
        @Size(max = 200) String name,
        @Size(max = 64) String teamId,
        @Size(max = 500) List<@NotNull String> agentIds,
        @Size(max = 64) String supervisorId,
        @NotNull Integer lengthMinutes,
        Integer sessions,
        @NotNull @Valid WindowDto window,
        @NotNull ActivityPlacement placement,
        Integer priority,
        LocalDate validFrom,
        LocalDate validUntil,
        String createdBy,
        Instant createdAt) {

    /** Local "HH:mm" times on the days, in {@code timeZone} (the supervisor's when left out); end may be "24:00". */
    public record WindowDto(
            @Size(max = 7) List<@NotNull DayOfWeek> days,
            String start,
            String end,
            @Size(max = 64) String timeZone) {}
}

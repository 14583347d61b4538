package org.openwfm.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

/**
 * A client as the API reads and writes it. Omitted coverage rules take the defaults in
 * {@link ClientMapper}; {@code version} enables optimistic locking on PUT.
 */
public record ClientDto(
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String timeZone,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid ChannelDto> channels,
        Long version) {

    public record ChannelDto(
            @NotNull Channel channel,
            Integer intervalMinutes,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
            Double serviceLevelTarget,

            @Min(0) @Max(172_800) Integer answerWithinSeconds,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            Double maxOccupancy,

            @DecimalMin("0") @DecimalMax("0.9") Double shrinkage,
            @Min(0) @Max(10_000) Integer minAgents,
            @Min(1) @Max(20) Integer concurrency,
            @Min(1) @Max(86_400) Integer patienceSeconds,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
            Double maxAbandonRate,

            @Min(0) @Max(720) Integer releaseNoticeHours,
            @Size(max = 50) List<@NotNull @Valid OpeningHoursDto> openingHours,
            Boolean tradesNeedApproval) {}

    /** Times are "HH:mm" in the client's zone; close may be "24:00". */
    public record OpeningHoursDto(
            @NotNull DayOfWeek dayOfWeek,
            @NotBlank String open,
            @NotBlank String close) {}
}

package org.openwfm.workforce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/**
 * An agent as the API reads and writes it; {@code version} enables optimistic locking on PUT.
 * {@code preferredHours} (optional) are weekly local windows the agent would rather work in.
 * {@code availability} and {@code preferredHours} read as the hours in effect this week;
 * {@code scheduledAvailability} (read only, ignored on writes) lists the changes set to apply from a later week,
 * by that week.
 */
public record AgentDto(
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String timeZone,
        @Size(max = 50) List<@NotNull @Valid CertificationDto> certifications,
        @NotNull @Valid ContractDto contract,
        @Size(max = 100) List<@NotNull @Valid AvailabilityDto> availability,
        @Size(max = 500) List<@NotNull @Valid TimeOffDto> timeOff,
        @Size(max = 100) List<@NotNull @Valid AvailabilityDto> preferredHours,
        Long version,
        List<HoursChangeView> scheduledAvailability) {

    public record CertificationDto(
            @NotBlank String clientId, @NotNull Channel channel) {}

    /** Break rules are optional: a 15-minute break per 4 hours and a 30-minute meal after 6 hours. */
    public record ContractDto(
            @NotNull @DecimalMin("0") @DecimalMax("168") Double minWeeklyHours,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168")
            Double maxWeeklyHours,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
            Double maxDailyHours,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
            Double minShiftHours,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
            Double maxShiftHours,

            @NotNull @DecimalMin("0") @DecimalMax("48") Double minRestHours,
            @NotNull @Min(1) @Max(7) Integer maxConsecutiveDays,
            @Min(0) @Max(60) Integer breakMinutes,
            @DecimalMin("1") @DecimalMax("12") Double breakEveryHours,
            @Min(0) @Max(120) Integer mealMinutes,
            @DecimalMin("1") @DecimalMax("24") Double mealAfterHours) {}

    /** Times are "HH:mm" in the agent's zone; end may be "24:00". */
    public record AvailabilityDto(
            @NotNull DayOfWeek dayOfWeek,
            @NotBlank String start,
            @NotBlank String end) {}

    public record TimeOffDto(
            @NotNull Instant start,
            @NotNull Instant end,
            @Size(max = 200) String reason) {}
}

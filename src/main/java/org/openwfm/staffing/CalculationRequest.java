package org.openwfm.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.openwfm.client.Channel;

/**
 * One interval to staff or evaluate. Omitted: interval 30 minutes, no occupancy cap, no shrinkage,
 * Erlang C (no patience), concurrency 1, VOICE. With {@code agents}, that many are evaluated instead of
 * searching for the fewest.
 */
public record CalculationRequest(
        @Min(1) @Max(1440) Integer intervalMinutes,
        @NotNull @DecimalMin("0") Double contacts,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("7200")
        Double ahtSeconds,

        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        Double serviceLevelTarget,

        @NotNull @DecimalMin("0") @DecimalMax("86400") Double answerWithinSeconds,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
        Double maxOccupancy,

        @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
        Double shrinkage,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax("86400")
        Double patienceSeconds,

        @Min(1) @Max(20) Integer concurrency,
        @Min(0) @Max(250_000) Integer agents,
        @Min(0) @Max(10_000) Integer minAgents,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        Double maxAbandonRate,

        Channel channel) {}

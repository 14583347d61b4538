package org.openwfm.selfservice.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;

/** What the self-service endpoints read and answer. Times are ISO instants with an offset, on the channel's grain. */
public final class SelfServiceViews {

    private SelfServiceViews() {}

    public record ClaimRequest(
            @NotBlank @Size(max = 64) String clientId,
            @NotNull Channel channel,
            @NotBlank String start,
            @NotBlank String end) {}

    /** Without start and end, the whole shift is released. */
    public record ReleaseRequest(
            @NotNull Long shiftId,
            String start,
            String end,
            @Size(max = 500) String reason) {}

    /** A planner releases {@code seats} extra seats on every interval of the range. */
    public record OpenSeatsRequest(
            @NotBlank @Size(max = 64) String clientId,
            @NotNull Channel channel,
            @NotBlank String start,
            @NotBlank String end,
            @NotNull @Min(1) @Max(500) Integer seats,
            @Size(max = 500) String reason) {}

    /**
     * The shift a claim made or extended (its fields at the top), the range the claim took, and the Monday
     * of the agent's own week the shift starts in.
     */
    public record ClaimedShift(
            long id,
            long scheduleId,
            String agentId,
            String clientId,
            Channel channel,
            Instant start,
            Instant end,
            List<BreakView> breaks,
            Instant claimedStart,
            Instant claimedEnd,
            LocalDate agentWeekStart) {}

    /** The hours given back and what is left of the shift (nothing, one piece or two). */
    public record Release(long shiftId, Instant releasedStart, Instant releasedEnd, List<ShiftView> remaining) {}

    /**
     * An interval with open seats.
     *
     * @param expectedTalkMinutes talk time one more agent here could expect: the interval's work shared by the
     *                            agents on it after the claim, capped by the interval
     * @param serviceLevelGain    projected service level with one more agent minus without
     * @param required            agents required after shrinkage, where a solved schedule is published
     * @param planned             agents that schedule put here when it was published
     * @param openedAt            when the seats opened; access tiers count their delay from here
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenSlotView(
            String clientId,
            Channel channel,
            Instant start,
            Instant end,
            int openSeats,
            Double expectedTalkMinutes,
            Double serviceLevelGain,
            int uncoveredSeats,
            int releasedSeats,
            int claimedSeats,
            Integer required,
            Integer planned,
            Instant openedAt) {}

    /** The event announcing changed seats; {@code slots} lists the new counts when few intervals changed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenSlotsChanged(String clientId, Channel channel, Instant from, Instant to, List<SlotCount> slots) {}

    public record SlotCount(Instant start, int openSeats) {}
}

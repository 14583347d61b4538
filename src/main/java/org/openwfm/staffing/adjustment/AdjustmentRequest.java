package org.openwfm.staffing.adjustment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openwfm.client.Channel;
import org.openwfm.staffing.AdjustmentKind;

/**
 * A planner's adjustment as posted. Times are read by the service, so that a missing offset or an off-grain time is
 * named like any other field; the bounds of {@code agents} that depend on the kind are checked there too.
 */
public record AdjustmentRequest(
        @NotBlank @Size(max = 64) String clientId,
        @NotNull Channel channel,
        @NotBlank String start,
        @NotBlank String end,
        @NotNull AdjustmentKind kind,

        @NotNull @Min(-AdjustmentRequest.MAX_AGENTS) @Max(AdjustmentRequest.MAX_AGENTS)
        Integer agents,

        @Size(max = AdjustmentRequest.MAX_NOTE_LENGTH) String note) {

    /** Far beyond any one client channel's headcount; keeps a typo from planning an army. */
    public static final int MAX_AGENTS = 10_000;

    public static final int MAX_NOTE_LENGTH = 500;
}

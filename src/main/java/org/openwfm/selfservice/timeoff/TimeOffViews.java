package org.openwfm.selfservice.timeoff;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the time-off endpoints take and answer. */
public final class TimeOffViews {

    private TimeOffViews() {}

    /** An agent asks for [start, end): instants on the 30-minute grain. */
    public record TimeOffAsk(
            String start, String end, @Size(max = 200) String reason) {}

    /** A planner's word on a request: optional to approve, required to deny. */
    public record Decision(@Size(max = 500) String reason) {}

    /** A planner sets one agent's allowance for a year, in hours. */
    public record AllowanceSetting(
            @NotNull Integer year, @NotNull Double hours) {}

    /**
     * A request as it stands.
     *
     * @param hours counted against the allowance (see {@link TimeOffHours})
     * @param pendingReason why it was not approved at once; kept after a planner decides
     * @param decisionReason for a pending request why it waits, after a decision the decider's reason
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimeOffView(
            long id,
            String agentId,
            Instant start,
            Instant end,
            String reason,
            TimeOffStatus status,
            double hours,
            String pendingReason,
            String decidedBy,
            Instant decidedAt,
            String decisionReason) {}

    /**
     * One agent's allowance for a year.
     *
     * @param used hours of approved requests counted in the year
     * @param pending hours of requests still waiting
     * @param remaining what is left for new requests: hours − used − pending (negative when a planner approved beyond it)
     */
    public record AllowanceView(int year, double hours, double used, double pending, double remaining) {}
}

package org.openwfm.selfservice.trade.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/** What the shift-trade API reads and answers. */
public final class TradeViews {

    private TradeViews() {}

    /**
     * An offer of a published shift of the agent, or of part of it.
     *
     * @param start     where the offered hours start (on the channel's grain, inside the shift); the shift's start when
     *                  absent
     * @param end       where they end; the shift's end when absent
     * @param toAgentId the colleague offered to; anyone certified for the channel when absent
     */
    public record OfferRequest(
            @NotNull Long shiftId,
            String start,
            String end,
            @Size(max = 64) String toAgentId,
            @Size(max = 500) String note) {}

    /**
     * An acceptance by the signed-in agent; with a swap shift, the offerer takes that shift (or the part named) back.
     *
     * @param swapStart where the hours given back start; the swap shift's start when absent
     * @param swapEnd   where they end; the swap shift's end when absent
     */
    public record AcceptRequest(
            @NotBlank @Size(max = 64) String agentId, Long swapShiftId, String swapStart, String swapEnd) {}

    /** A planner's refusal of a trade that waits for approval. */
    public record DenyRequest(@NotBlank @Size(max = 500) String reason) {}

    /** Hours going back in a swap: a shift of the agent who accepted. */
    public record SwapView(long shiftId, String clientId, Channel channel, Instant start, Instant end) {}

    /**
     * A trade as the API shows it.
     *
     * @param toAgentId  the colleague it was offered to; absent for anyone certified
     * @param acceptedBy the agent who accepted it (the taker), once accepted
     * @param swap       the hours the taker gives back, in a swap
     * @param status     OPEN, AWAITING_APPROVAL, COMPLETED, DENIED, WITHDRAWN, or EXPIRED when read after expiresAt
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TradeView(
            long id,
            String fromAgentId,
            String toAgentId,
            String clientId,
            Channel channel,
            long shiftId,
            Instant start,
            Instant end,
            String status,
            Instant expiresAt,
            String note,
            Instant createdAt,
            String acceptedBy,
            Instant acceptedAt,
            SwapView swap,
            String decidedBy,
            Instant decidedAt,
            String denyReason) {}

    /**
     * One agent's trades.
     *
     * @param open offers the agent may take now: not its own, to anyone or to it, on a channel it is certified for,
     *             not expired
     * @param mine trades the agent offered or accepted, in every status
     */
    public record AgentTrades(List<TradeView> open, List<TradeView> mine) {}
}

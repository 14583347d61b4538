package org.openwfm.selfservice.trade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.selfservice.ShiftMoves;
import org.openwfm.selfservice.TradeRules;
import org.openwfm.selfservice.trade.TradeParties.Hours;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentProfile;

/**
 * Every rule a trade must pass for both agents, asked at acceptance and again at a planner's approval: each agent
 * keeps the claim rules for the hours it takes (judged against its week as it will be once its own hours of a swap
 * are gone) and the release rules for what its shift keeps. The rules themselves are the claim's and the release's
 * ({@link TradeRules}); this only says who takes and who gives what.
 */
@ApplicationScoped
class TradeCheck {

    /** The rule a swap's hours break when they are too close to their start to change hands. */
    static final String NOTICE = "trade notice";

    @Inject
    PublishedWeeks published;

    List<Violation> broken(TradeParties parties, Instant now) {
        AgentProfile giver = parties.giver();
        AgentProfile taker = parties.taker();
        Hours offered = parties.offered();
        Hours swap = parties.swap();
        List<Violation> broken = new ArrayList<>();
        if (swap != null) {
            noticeOf(swap, now).ifPresent(v -> broken.add(v.of(taker.id())));
        }
        List<Shift> giverAfter = after(giver.id(), offered, swap);
        List<Shift> takerAfter = after(taker.id(), swap, offered);
        broken.addAll(givesUp(giver, offered, now));
        broken.addAll(takes(taker, offered, takerAfter, now));
        if (swap != null) {
            broken.addAll(givesUp(taker, swap, now));
            broken.addAll(takes(giver, swap, giverAfter, now));
        }
        return broken;
    }

    /** When hours must change hands at the latest: their start less the channel's release notice. */
    static Instant deadline(Hours hours) {
        return hours.range().start().minus(Duration.ofHours(hours.rules().releaseNoticeHours()));
    }

    /** A refusal when the hours are already inside their channel's notice window. */
    static Optional<Violation> noticeOf(Hours hours, Instant now) {
        Instant deadline = deadline(hours);
        if (now.isBefore(deadline)) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofRule(
                NOTICE,
                "Hours of " + hours.channel() + " change hands at least "
                        + hours.rules().releaseNoticeHours()
                        + " h before they start: the hours from "
                        + hours.range().start() + " could be traded until "
                        + deadline));
    }

    private List<Violation> givesUp(AgentProfile agent, Hours hours, Instant now) {
        return TradeRules.forGiver(
                now,
                agent,
                hours.channel(),
                hours.shift().span(),
                hours.range(),
                published.activitiesOf(
                        agent.id(), hours.range().start(), hours.range().end()));
    }

    private List<Violation> takes(AgentProfile agent, Hours hours, List<Shift> shifts, Instant now) {
        return TradeRules.forTaker(
                now,
                agent,
                hours.channel(),
                hours.rules().intervalMinutes(),
                hours.shift().scheduleId(),
                hours.range(),
                shifts,
                published.activitiesOf(
                        agent.id(), hours.range().start(), hours.range().end()));
    }

    /**
     * The agent's published shifts around both ranges of the trade as they will be once its own hours (if any) are
     * given away: the shift they lie in replaced by what is left of it.
     */
    private List<Shift> after(String agentId, Hours given, Hours taken) {
        List<TimeSpan> ranges =
                Stream.of(given, taken).filter(h -> h != null).map(Hours::range).toList();
        Instant from = ranges.stream()
                .map(TimeSpan::start)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant to = ranges.stream()
                .map(TimeSpan::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<Shift> now = published.shiftsOfAgent(agentId, from.minus(ShiftMoves.AROUND), to.plus(ShiftMoves.AROUND));
        if (given == null) {
            return now;
        }
        List<Shift> after = new ArrayList<>();
        for (Shift shift : now) {
            if (shift.shiftId() != given.shift().shiftId()) {
                after.add(shift);
                continue;
            }
            for (TimeSpan piece : ShiftMoves.leftOf(shift.span(), given.range())) {
                after.add(new Shift(
                        shift.shiftId(),
                        shift.scheduleId(),
                        new ScheduledShift(agentId, shift.shift().channel(), piece.start(), piece.end())));
            }
        }
        return after;
    }
}

package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentProfile;

/**
 * How hours leave one agent's published shifts and join another's, written once for releases, claims and shift
 * trades: a shift is shortened, split or removed; a range becomes a shift or stretches the touching one on the same
 * client channel; breaks are placed again for every shift reshaped. Seats are the caller's business.
 */
@ApplicationScoped
public class ShiftMoves {

    /** Far enough around a range to see every shift the rest, day and week rules weigh it against. */
    public static final Duration AROUND = ClaimService.AROUND;

    @Inject
    PublishedWeeks published;

    @Inject
    ShiftBreaks breaks;

    /**
     * Takes the range out of the shift: what is left is nothing, the part before or after it, or both (a split), each
     * with breaks placed again.
     *
     * @param clientWeek the client's week the shift lies in, whose requirement the break placement weighs
     */
    public List<ShiftView> cut(Shift shift, TimeSpan range, AgentProfile agent, LocalDate clientWeek) {
        List<TimeSpan> pieces = leftOf(shift.span(), range);
        if (pieces.isEmpty()) {
            published.remove(shift);
            return List.of();
        }
        ChannelKey channel = shift.shift().channel();
        List<ShiftView> remaining = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            TimeSpan piece = pieces.get(i);
            ScheduledShift shaped = new ScheduledShift(agent.id(), channel, piece.start(), piece.end());
            List<TimeSpan> placed = breaks.place(shaped, agent.breakTerms(), clientWeek);
            Shift written = i == 0
                    ? published.move(shift, piece, placed)
                    : published.add(shift.scheduleId(), shaped.withBreaks(placed));
            remaining.add(new ShiftView(
                    written.shiftId(),
                    agent.id(),
                    channel.clientId(),
                    channel.channel(),
                    piece.start(),
                    piece.end(),
                    placed.stream().map(b -> new BreakView(b.start(), b.end())).toList()));
        }
        return remaining;
    }

    /** The parts of a shift outside a range inside it: before it, after it, both or none. */
    public static List<TimeSpan> leftOf(TimeSpan shift, TimeSpan range) {
        List<TimeSpan> pieces = new ArrayList<>();
        if (shift.start().isBefore(range.start())) {
            pieces.add(new TimeSpan(shift.start(), range.start()));
        }
        if (range.end().isBefore(shift.end())) {
            pieces.add(new TimeSpan(range.end(), shift.end()));
        }
        return pieces;
    }

    /**
     * Gives the agent the range on the channel in a published schedule, as {@link #join} does, reading the agent's
     * shifts as they are now.
     */
    public Shift give(AgentProfile agent, long scheduleId, ChannelKey channel, TimeSpan range, LocalDate clientWeek) {
        Instant from = range.start().minus(AROUND);
        Instant to = range.end().plus(AROUND);
        ClaimShape shape = ClaimShape.of(published.shiftsOfAgent(agent.id(), from, to), channel, scheduleId, range);
        return join(scheduleId, shape, withBreaks(agent, channel, shape, clientWeek));
    }

    /** The shift a range makes, with breaks placed for its whole length. */
    ScheduledShift withBreaks(AgentProfile agent, ChannelKey channel, ClaimShape shape, LocalDate clientWeek) {
        ScheduledShift merged = new ScheduledShift(
                agent.id(), channel, shape.merged().start(), shape.merged().end());
        return merged.withBreaks(breaks.place(merged, agent.breakTerms(), clientWeek));
    }

    /** A new shift, or the touching one stretched over the range (and over a second touching one, which goes). */
    Shift join(long scheduleId, ClaimShape shape, ScheduledShift made) {
        if (shape.joined().isEmpty()) {
            return published.add(scheduleId, made);
        }
        Shift kept = shape.joined().get(0);
        shape.joined().stream().skip(1).forEach(published::remove);
        return published.move(kept, new TimeSpan(made.start(), made.end()), made.breaks());
    }
}

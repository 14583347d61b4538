package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwfm.client.Client;
import org.openwfm.client.ClientRepository;
import org.openwfm.roster.problem.ScheduledShift;
import org.openwfm.schedule.Schedule;
import org.openwfm.schedule.ScheduleShiftRecord;
import org.openwfm.schedule.ScheduleStore;
import org.openwfm.schedule.ShiftStore;
import org.openwfm.schedule.rest.ScheduleViews.BreakView;
import org.openwfm.selfservice.rest.SelfServiceViews.ClaimRequest;
import org.openwfm.selfservice.rest.SelfServiceViews.ClaimedShift;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.Agent;

/**
 * Claims: an agent takes one seat on every interval of a range, or none, and the range becomes a shift
 * or extends one. One transaction: the agent's row is locked first (two claims of one agent run one
 * after the other, so they cannot overlap), the rules are checked, the shift is written, and the seats
 * are taken last by conditional updates (a seat gone rolls everything back) so that the hottest rows
 * stay locked only for the commit.
 */
@ApplicationScoped
public class ClaimService {

    /** Far enough around a claim to see every shift the rest, day and week rules weigh it against. */
    static final Duration AROUND = Duration.ofDays(9);

    @Inject
    Claimants claimants;

    @Inject
    ClientRepository clients;

    @Inject
    ScheduleStore schedules;

    @Inject
    ShiftStore shifts;

    @Inject
    OpenSlotStore slots;

    @Inject
    ShiftBreaks breaks;

    @Inject
    ReliabilityRecords reliability;

    @Inject
    SelfServiceLog log;

    @Inject
    SeatNews news;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    @Transactional
    public ClaimedShift claim(String agentId, ClaimRequest request, String username) {
        SlotRange range =
                SlotRange.parse(client(request.clientId()), request.channel(), request.start(), request.end());
        Agent agent = claimants.lock(agentId);
        Instant now = clock.instant();
        Schedule schedule = schedules
                .publishedCovering(range.weekStart(), range.channel().clientId())
                .orElseThrow(() -> ProblemException.conflict(
                        "No hours of " + range.channel() + " are open in the week of " + range.weekStart()));
        TimeSpan span = range.span();
        ClaimShape shape = ClaimShape.of(
                shifts.publishedOfAgent(
                        agentId, span.start().minus(AROUND), span.end().plus(AROUND)),
                range.channel(),
                schedule.id,
                span);
        Reliability record = reliability.of(agentId, now);
        Map<Instant, Instant> openedAt = slots.openRows(range.channel(), span.start(), span.end()).stream()
                .collect(Collectors.toMap(SlotRow::start, SlotRow::openedAt));
        ClaimContext context = new ClaimContext(
                now,
                Claimants.claimant(agent, record),
                range.terms(openedAt),
                span,
                shape.merged(),
                shape.others(),
                config.selfService().claimCutoffMinutes());
        List<Violation> broken = ClaimRule.broken(context, Set.of());
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken("The claim", broken);
        }
        ScheduledShift made = withBreaks(agent, shape, range);
        ScheduleShiftRecord shift = write(schedule, shape, made);
        log.append(LogEntry.of(
                username,
                agentId,
                LogAction.CLAIM,
                LogOutcome.DONE,
                range.channel().clientId(),
                range.channel().channel(),
                span.start(),
                span.end(),
                1,
                Duration.between(span.start(), span.end()).toMinutes(),
                shift.id,
                null,
                null));
        // The seats last: their rows are what every claim of these hours waits for, so they stay locked only briefly.
        Instant visibleSince = now.minusSeconds(60L * record.accessDelayMinutes());
        for (Instant start : range.intervals()) {
            if (!slots.take(range.channel(), start, visibleSince, now)) {
                throw ProblemException.conflict("No seat is open on " + range.channel() + " at " + start
                        + " any more; another agent claimed it first");
            }
        }
        news.changed(range.channel(), span);
        return new ClaimedShift(
                shift.id,
                shift.scheduleId,
                agentId,
                shift.clientId,
                shift.channel,
                shift.start,
                shift.end,
                made.breaks().stream()
                        .map(b -> new BreakView(b.start(), b.end()))
                        .toList(),
                span.start(),
                span.end(),
                Weeks.mondayOf(shift.start, ZoneId.of(agent.timeZone)));
    }

    /** The shift the claim makes, with breaks placed for its whole length. */
    private ScheduledShift withBreaks(Agent agent, ClaimShape shape, SlotRange range) {
        ScheduledShift merged = new ScheduledShift(
                agent.id,
                range.channel(),
                shape.merged().start(),
                shape.merged().end());
        return merged.withBreaks(breaks.place(merged, agent.contract, range.weekStart()));
    }

    /** A new shift, or the touching one stretched over the range (and over a second touching one, which goes). */
    private ScheduleShiftRecord write(Schedule schedule, ClaimShape shape, ScheduledShift made) {
        if (shape.joined().isEmpty()) {
            return shifts.insert(schedule.id, made);
        }
        ScheduleShiftRecord kept = shape.joined().get(0);
        shape.joined().stream().skip(1).forEach(shifts::delete);
        shifts.move(kept, made.start(), made.end(), made.breaks());
        return kept;
    }

    private Client client(String clientId) {
        return clients.findByIdOptional(clientId)
                .orElseThrow(() -> ProblemException.invalidField("clientId", "no client '" + clientId + "'"));
    }
}

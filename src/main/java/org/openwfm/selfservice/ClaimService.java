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
import java.util.stream.Collectors;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.PublishedWeeks.Week;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.selfservice.api.SelfServiceViews.ClaimRequest;
import org.openwfm.selfservice.api.SelfServiceViews.ClaimedShift;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;

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
    ClientDirectory clients;

    @Inject
    PublishedWeeks published;

    @Inject
    OpenSlotStore slots;

    @Inject
    ShiftMoves moves;

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
        AgentProfile agent = claimants.lock(agentId);
        Instant now = clock.instant();
        Week schedule = published
                .covering(range.weekStart(), range.channel().clientId())
                .orElseThrow(() -> ProblemException.conflict(
                        "No hours of " + range.channel() + " are open in the week of " + range.weekStart()));
        TimeSpan span = range.span();
        ClaimShape shape = ClaimShape.of(
                published.shiftsOfAgent(
                        agentId, span.start().minus(AROUND), span.end().plus(AROUND)),
                range.channel(),
                schedule.scheduleId(),
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
                published.activitiesOf(agentId, span.start(), span.end()),
                config.selfService().claimCutoffMinutes());
        List<Violation> broken = ClaimRule.broken(context, ClaimRule.TRADE_ONLY);
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken("The claim", broken);
        }
        ScheduledShift made = moves.withBreaks(agent, range.channel(), shape, range.weekStart());
        Shift shift = moves.join(schedule.scheduleId(), shape, made);
        logClaim(username, agentId, range, shift.shiftId());
        // The seats last: their rows are what every claim of these hours waits for, so they stay locked only briefly.
        Instant visibleSince = now.minusSeconds(60L * record.accessDelayMinutes());
        for (Instant start : range.intervals()) {
            if (!slots.take(range.channel(), start, visibleSince, now)) {
                throw ProblemException.conflict("No seat is open on " + range.channel() + " at " + start
                        + " any more; another agent claimed it first");
            }
        }
        news.changed(range.channel(), span);
        return claimed(agentId, shift, made, span, agent);
    }

    private ClientProfile client(String clientId) {
        return clients.require(clientId);
    }

    private void logClaim(String username, String agentId, SlotRange range, long shiftId) {
        TimeSpan span = range.span();
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
                shiftId,
                null,
                null));
    }

    /** The shift made or extended, with the hours claimed and the agent's week it lies in. */
    private static ClaimedShift claimed(
            String agentId, Shift shift, ScheduledShift made, TimeSpan claimed, AgentProfile agent) {
        return new ClaimedShift(
                shift.shiftId(),
                shift.scheduleId(),
                agentId,
                made.channel().clientId(),
                made.channel().channel(),
                made.start(),
                made.end(),
                made.breaks().stream()
                        .map(b -> new BreakView(b.start(), b.end()))
                        .toList(),
                claimed.start(),
                claimed.end(),
                Weeks.mondayOf(made.start(), ZoneId.of(agent.timeZone())));
    }
}

package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.selfservice.api.SelfServiceViews.Release;
import org.openwfm.selfservice.api.SelfServiceViews.ReleaseRequest;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;

/**
 * Releases: an agent gives back hours of one of its published shifts. Outside the client channel's
 * notice window they become open seats at once, in the same transaction that shortens, splits or
 * removes the shift; inside it the release is refused with the reason.
 */
@ApplicationScoped
public class ReleaseService {

    @Inject
    Claimants claimants;

    @Inject
    ClientDirectory clients;

    @Inject
    PublishedWeeks published;

    @Inject
    OpenSlotStore slots;

    @Inject
    ShiftBreaks breaks;

    @Inject
    SelfServiceLog log;

    @Inject
    SeatNews news;

    @Inject
    Clock clock;

    @Transactional
    public Release release(String agentId, ReleaseRequest request, String username) {
        AgentProfile agent = claimants.lock(agentId);
        Shift shift = publishedShiftOf(agentId, request.shiftId());
        ChannelKey channel = shift.shift().channel();
        ClientProfile client = clients.get(channel.clientId());
        ChannelProfile rules = client.channel(channel.channel())
                .orElseThrow(() -> ProblemException.conflict("Client '" + client.id() + "' no longer has the "
                        + channel.channel() + " channel of shift " + shift.shiftId() + "; ask a planner"));
        TimeSpan range = range(request, shift, rules.intervalMinutes());
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(agent.timeZone());
        ReleaseContext context = new ReleaseContext(
                now,
                zone,
                channel,
                rules.releaseNoticeHours(),
                agent.terms(),
                shift.span(),
                range,
                published.activitiesOf(agentId, range.start(), range.end()));
        List<Violation> broken = ReleaseRule.broken(context);
        if (!broken.isEmpty()) {
            throw ProblemException.rulesBroken("The release", broken);
        }
        LocalDate clientWeek = Weeks.mondayOf(shift.shift().start(), ZoneId.of(client.timeZone()));
        List<ShiftView> remaining = reshape(shift, range, agent, clientWeek);
        long step = rules.intervalMinutes() * 60L;
        for (Instant start = range.start(); start.isBefore(range.end()); start = start.plusSeconds(step)) {
            slots.release(channel, start, start.plusSeconds(step), 1, now);
        }
        log.append(LogEntry.of(
                username,
                agentId,
                LogAction.RELEASE,
                LogOutcome.DONE,
                channel.clientId(),
                channel.channel(),
                range.start(),
                range.end(),
                1,
                Duration.between(range.start(), range.end()).toMinutes(),
                shift.shiftId(),
                Duration.between(now, range.start()).toMinutes(),
                request.reason()));
        news.opened(channel, range);
        return new Release(shift.shiftId(), range.start(), range.end(), remaining);
    }

    /** The agent's shift in a published schedule; any other shift is as good as unknown to this agent. */
    private Shift publishedShiftOf(String agentId, long shiftId) {
        return published
                .publishedShift(shiftId)
                .filter(shift -> shift.shift().agentId().equals(agentId))
                .orElseThrow(() ->
                        ProblemException.notFound("Published shift of agent " + agentId, String.valueOf(shiftId)));
    }

    /** The hours named, or the whole shift: on the grain and inside the shift. */
    private static TimeSpan range(ReleaseRequest request, Shift published, int grainMinutes) {
        TimeSpan shift = published.span();
        Instant start =
                request.start() == null ? shift.start() : RequestParams.requiredInstant("start", request.start());
        Instant end = request.end() == null ? shift.end() : RequestParams.requiredInstant("end", request.end());
        if (!Grain.isOnGrain(start, grainMinutes) || !Grain.isOnGrain(end, grainMinutes)) {
            throw ProblemException.invalidField(
                    Grain.isOnGrain(start, grainMinutes) ? "end" : "start",
                    "is not on the channel's " + grainMinutes + "-minute grain");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("end", "must be after start");
        }
        if (start.isBefore(shift.start()) || end.isAfter(shift.end())) {
            throw ProblemException.invalidField(
                    "start",
                    "the released hours must lie inside shift " + published.shiftId() + " (" + shift.start() + "–"
                            + shift.end() + ")");
        }
        return new TimeSpan(start, end);
    }

    /** What is left of the shift: nothing, the part before or after the range, or both (a split). */
    private List<ShiftView> reshape(Shift shift, TimeSpan range, AgentProfile agent, LocalDate clientWeek) {
        List<TimeSpan> pieces = new ArrayList<>();
        if (shift.shift().start().isBefore(range.start())) {
            pieces.add(new TimeSpan(shift.shift().start(), range.start()));
        }
        if (range.end().isBefore(shift.shift().end())) {
            pieces.add(new TimeSpan(range.end(), shift.shift().end()));
        }
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
}

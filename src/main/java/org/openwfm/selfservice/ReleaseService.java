package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.selfservice.api.SelfServiceViews.Release;
import org.openwfm.selfservice.api.SelfServiceViews.ReleaseRequest;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
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
    ShiftReleases releases;

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
        TimeSpan range = ShiftPart.of(shift, request.start(), request.end(), rules.intervalMinutes(), "start", "end");
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
        List<ShiftView> remaining = releases.giveBack(
                agent, shift, range, rules.intervalMinutes(), LogAction.RELEASE, username, request.reason(), now);
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
}

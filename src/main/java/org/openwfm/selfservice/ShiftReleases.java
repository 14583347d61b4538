package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ClientDirectory;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;

/**
 * Hours of a published shift given back as open seats: the shift shortened, split or removed, one released seat on
 * every interval of the hours, the audit log and the seat news, all in the caller's transaction. An agent's release
 * and an approved time off both give hours back this way; whoever calls has checked its own rules first and holds
 * the agent's lock.
 */
@ApplicationScoped
public class ShiftReleases {

    @Inject
    ClientDirectory clients;

    @Inject
    OpenSlotStore slots;

    @Inject
    ShiftMoves moves;

    @Inject
    SelfServiceLog log;

    @Inject
    SeatNews news;

    /**
     * Gives back {@code range} of the shift (on its channel's grain, inside the shift).
     *
     * @param action what the audit log records: {@link LogAction#RELEASE} or {@link LogAction#TIME_OFF}
     * @return what is left of the shift: nothing, one shorter shift, or two
     */
    public List<ShiftView> giveBack(
            AgentProfile agent,
            Shift shift,
            TimeSpan range,
            int grainMinutes,
            LogAction action,
            String username,
            String reason,
            Instant now) {
        ChannelKey channel = shift.shift().channel();
        ZoneId clientZone = ZoneId.of(clients.get(channel.clientId()).timeZone());
        LocalDate clientWeek = Weeks.mondayOf(shift.shift().start(), clientZone);
        List<ShiftView> remaining = moves.cut(shift, range, agent, clientWeek);
        long step = grainMinutes * 60L;
        for (Instant start = range.start(); start.isBefore(range.end()); start = start.plusSeconds(step)) {
            slots.release(channel, start, start.plusSeconds(step), 1, now);
        }
        log.append(LogEntry.of(
                username,
                agent.id(),
                action,
                LogOutcome.DONE,
                channel.clientId(),
                channel.channel(),
                range.start(),
                range.end(),
                1,
                Duration.between(range.start(), range.end()).toMinutes(),
                shift.shiftId(),
                Duration.between(now, range.start()).toMinutes(),
                reason));
        news.opened(channel, range);
        return remaining;
    }
}

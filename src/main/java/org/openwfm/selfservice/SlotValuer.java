package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.time.Weeks;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.StaffingService;

/** Loads what {@link SlotValues} needs for a client channel over a span: its staffing weeks and its shifts. */
@ApplicationScoped
class SlotValuer {

    @Inject
    StaffingService staffing;

    @Inject
    PublishedWeeks published;

    SlotValues load(ChannelKey channel, ZoneId clientZone, Instant from, Instant to) {
        Map<Instant, IntervalStaffing> byStart = new HashMap<>();
        for (LocalDate week = Weeks.mondayOf(from, clientZone);
                week.atStartOfDay(clientZone).toInstant().isBefore(to);
                week = week.plusWeeks(1)) {
            staffing.weekStaffing(channel.clientId(), channel.channel(), week)
                    .intervals()
                    .forEach(interval -> byStart.put(interval.start(), interval));
        }
        List<ScheduledShift> shifts = published.shiftsOnChannel(channel, from, to);
        List<String> agents =
                shifts.stream().map(ScheduledShift::agentId).distinct().toList();
        return new SlotValues(byStart, shifts, published.activitiesOfAgents(agents, from, to));
    }
}

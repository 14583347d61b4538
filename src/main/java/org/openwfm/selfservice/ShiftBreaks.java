package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.breaks.BreakPlanner;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.StaffingService;
import org.openwfm.workforce.BreakTerms;

/**
 * Breaks for a shift a claim or a release has just reshaped, placed by the same planner as a solved
 * schedule's: where the channel has the most agents to spare, among the others on it now.
 */
@ApplicationScoped
class ShiftBreaks {

    @Inject
    StaffingService staffing;

    @Inject
    PublishedWeeks published;

    /** @param clientWeek the client's week the shift lies in, whose requirement the placement weighs */
    List<TimeSpan> place(ScheduledShift shift, BreakTerms rules, LocalDate clientWeek) {
        if (!rules.anyDue(java.time.Duration.between(shift.start(), shift.end()).toMinutes())) {
            return List.of();
        }
        BreakPlanner planner = BreakPlanner.forStaffing(Map.of(
                shift.channel(),
                staffing.weekStaffing(
                        shift.channel().clientId(), shift.channel().channel(), clientWeek)));
        List<ScheduledShift> onChannel =
                new ArrayList<>(published.shiftsOnChannel(shift.channel(), shift.start(), shift.end()).stream()
                        .filter(s -> !s.agentId().equals(shift.agentId()))
                        .toList());
        onChannel.add(shift.withBreaks(List.of()));
        return planner.place(onChannel, Map.of(shift.agentId(), rules)).stream()
                .filter(s -> s.agentId().equals(shift.agentId()))
                .findFirst()
                .orElseThrow()
                .breaks();
    }
}

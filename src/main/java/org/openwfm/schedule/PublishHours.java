package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.Availability;

/**
 * Whether a schedule's new shifts still lie in their agents' hours as they stand for the shifts' weeks. The solver
 * offers only shifts inside the hours, so a shift outside them means the hours changed after the solve (an agent's
 * change from that week on, or a planner's edit): publishing it would hand the agent hours it no longer has.
 */
@ApplicationScoped
class PublishHours {

    @Inject
    AgentDirectory agents;

    /**
     * The planned shifts, other than published ones kept as they were (claims may lie outside the hours), that leave
     * their agent's availability; at most five, described.
     */
    List<String> outside(List<ScheduledShift> planned, List<PublishedShift> replaced) {
        Map<String, List<ScheduledShift>> byAgent = new TreeMap<>();
        planned.stream()
                .filter(s -> replaced.stream().noneMatch(p -> PublishClashes.sameShift(s, p.shift())))
                .forEach(s -> byAgent.computeIfAbsent(s.agentId(), k -> new ArrayList<>())
                        .add(s));
        List<String> outside = new ArrayList<>();
        byAgent.forEach((agentId, shifts) -> {
            AgentProfile agent = agents.get(agentId);
            shifts.stream()
                    .filter(s -> !withinHours(agent, new TimeSpan(s.start(), s.end())))
                    .map(s -> PublishClashes.describe(s) + " lies outside " + agentId + "'s availability")
                    .forEach(outside::add);
        });
        return outside.stream().limit(5).toList();
    }

    /**
     * Whether the span lies in one stretch of the agent's availability, each local day taking the hours in effect in
     * its own week, windows that touch joined (a shift may run through midnight from one day's window into the next).
     */
    static boolean withinHours(AgentProfile agent, TimeSpan span) {
        ZoneId zone = ZoneId.of(agent.timeZone());
        LocalDate last = span.end().atZone(zone).toLocalDate();
        List<TimeSpan> windows = new ArrayList<>();
        for (LocalDate date = span.start().atZone(zone).toLocalDate().minusDays(1);
                !date.isAfter(last);
                date = date.plusDays(1)) {
            for (Availability window : agent.forWeek(Weeks.mondayOf(date)).availability()) {
                if (window.dayOfWeek == date.getDayOfWeek()) {
                    windows.add(new TimeSpan(at(date, window.startMinute, zone), at(date, window.endMinute, zone)));
                }
            }
        }
        windows.sort(Comparator.comparing(TimeSpan::start));
        Instant stretchStart = null;
        Instant stretchEnd = null;
        for (TimeSpan window : windows) {
            if (stretchEnd == null || window.start().isAfter(stretchEnd)) {
                stretchStart = window.start();
                stretchEnd = window.end();
            } else if (window.end().isAfter(stretchEnd)) {
                stretchEnd = window.end();
            }
            if (!span.start().isBefore(stretchStart) && !span.end().isAfter(stretchEnd)) {
                return true;
            }
        }
        return false;
    }

    private static Instant at(LocalDate date, int minuteOfDay, ZoneId zone) {
        return minuteOfDay == MinuteOfDay.END_OF_DAY
                ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone)
                        .toInstant();
    }
}

package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.openwfm.schedule.api.AgentWeekViews.AgentActivityView;
import org.openwfm.schedule.api.AgentWeekViews.AgentBreakView;
import org.openwfm.schedule.api.AgentWeekViews.AgentShiftView;
import org.openwfm.schedule.api.AgentWeekViews.AgentWeekView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.WeeklyHours;

/** An agent's published week, in UTC and in the agent's own zone. */
@ApplicationScoped
public class AgentWeeks {

    @Inject
    ShiftStore shifts;

    @Inject
    ActivityStore activities;

    @Inject
    AgentDirectory agents;

    /**
     * Published shifts starting in the agent's week (Monday 00:00 to Monday 00:00 in the agent's zone), the
     * published sessions in it that take the agent off contacts, and the agent's hours in effect that week.
     */
    @Transactional
    public AgentWeekView week(String agentId, LocalDate weekStart) {
        AgentProfile agent = agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
        ZoneId zone = ZoneId.of(agent.timeZone());
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<ScheduleShiftRecord> records = shifts.publishedOfAgent(agentId, from, to);
        Map<Long, List<TimeSpan>> breaks =
                shifts.breaksOfShifts(records.stream().map(r -> r.id).toList());
        List<AgentShiftView> week = records.stream()
                .map(r -> new AgentShiftView(
                        r.id,
                        r.scheduleId,
                        r.clientId,
                        r.channel,
                        r.start,
                        r.end,
                        local(r.start, zone),
                        local(r.end, zone),
                        breaks.getOrDefault(r.id, List.of()).stream()
                                .map(b -> new AgentBreakView(
                                        b.start(), b.end(), local(b.start(), zone), local(b.end(), zone)))
                                .toList()))
                .toList();
        List<AgentActivityView> sessions = activities.publishedOverlapping(List.of(agentId), null, from, to).stream()
                .map(a -> new AgentActivityView(
                        a.key(),
                        a.kind(),
                        a.name(),
                        a.teamName(),
                        a.supervisorId(),
                        a.supervisorName(),
                        a.start(),
                        a.end(),
                        local(a.start(), zone),
                        local(a.end(), zone)))
                .toList();
        AgentProfile thatWeek = agent.forWeek(weekStart);
        return new AgentWeekView(
                agentId,
                agent.timeZone(),
                weekStart,
                week,
                sessions,
                WeeklyHours.toDtos(thatWeek.availability()),
                WeeklyHours.toDtos(thatWeek.preferredHours()));
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}

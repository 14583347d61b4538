package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.SchedulePublished;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * Tells agents their week was published: every agent with shifts in the published schedule (a first publish, or a
 * re-plan that replaces the week's schedule) hears how many shifts and hours it has now, and every agent who had
 * shifts in a schedule it replaces and has none in it hears that it has none now.
 */
@ApplicationScoped
class ScheduleNotices {

    @Inject
    PublishedWeeks published;

    @Inject
    AgentDirectory agents;

    @Inject
    NotificationStore store;

    @Inject
    Notices notices;

    /** @return how many agents were told */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int schedulePublished(SchedulePublished event) {
        Map<String, List<ScheduledShift>> now = byAgent(published.shiftsOf(event.scheduleId()));
        Map<String, List<ScheduledShift>> before = byAgent(event.replacedScheduleIds().stream()
                .flatMap(id -> published.shiftsOf(id).stream())
                .toList());
        Set<String> concerned = new TreeSet<>(now.keySet());
        concerned.addAll(before.keySet());
        Map<String, NotificationPreference> saved = store.preferences(concerned);
        int told = 0;
        for (String agentId : concerned) {
            NotificationPreference row = saved.get(agentId);
            NoticeSettings settings = row == null ? NoticeSettings.DEFAULTS : NoticeSettings.of(row);
            if (!settings.wants(NoticeKind.SCHEDULE_CHANGE)) {
                continue;
            }
            AgentProfile agent = agents.find(agentId).orElse(null);
            if (agent == null) {
                continue;
            }
            List<ScheduledShift> shifts = now.getOrDefault(agentId, List.of());
            ZoneId zone = ZoneId.of(agent.timeZone());
            // With no shift left, the link opens the week its shifts were in.
            LocalDate agentWeek = firstMonday(shifts.isEmpty() ? before.get(agentId) : shifts, zone);
            String text = "The schedule of the week of " + event.weekStart() + " is published: you have "
                    + (shifts.isEmpty() ? noneLeft(agentId, agentWeek, zone) : shiftsAndHours(shifts) + " in all.");
            if (notices.post(
                    agent.id(),
                    settings,
                    NoticeKind.SCHEDULE_CHANGE,
                    "Your schedule for the week of " + event.weekStart(),
                    text,
                    "/agent.html?week=" + agentWeek)) {
                told++;
            }
        }
        return told;
    }

    private static Map<String, List<ScheduledShift>> byAgent(List<ScheduledShift> shifts) {
        Map<String, List<ScheduledShift>> byAgent = new TreeMap<>();
        shifts.forEach(shift -> byAgent.computeIfAbsent(shift.agentId(), id -> new ArrayList<>())
                .add(shift));
        return byAgent;
    }

    /**
     * What an agent left without shifts in this schedule has: nothing that week, or, when other clients' published
     * schedules still give it shifts then, none of this schedule's.
     */
    private String noneLeft(String agentId, LocalDate agentWeek, ZoneId zone) {
        boolean elsewhere = !published
                .shiftsOfAgent(
                        agentId,
                        agentWeek.atStartOfDay(zone).toInstant(),
                        agentWeek.plusWeeks(1).atStartOfDay(zone).toInstant())
                .isEmpty();
        return elsewhere
                ? "no shifts in it now; your shifts of other clients that week stand."
                : "no shifts that week now.";
    }

    /** The Monday, in the agent's zone, of the week its first shift starts in. */
    private static LocalDate firstMonday(List<ScheduledShift> shifts, ZoneId zone) {
        return shifts.stream()
                .map(shift -> shift.start().atZone(zone).toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String shiftsAndHours(List<ScheduledShift> shifts) {
        long minutes = shifts.stream()
                .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes())
                .sum();
        return shifts.size() + (shifts.size() == 1 ? " shift" : " shifts") + ", " + hours(minutes);
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}

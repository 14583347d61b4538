package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.SchedulePublished;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * Tells agents their week was published: every agent with shifts in the published schedule (a first publish, or a
 * re-plan that replaces the week's schedule) hears how many shifts and hours it has now.
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
        Map<String, List<ScheduledShift>> byAgent = new TreeMap<>();
        for (ScheduledShift shift : published.shiftsOf(event.scheduleId())) {
            byAgent.computeIfAbsent(shift.agentId(), id -> new java.util.ArrayList<>())
                    .add(shift);
        }
        Map<String, NotificationPreference> saved = store.preferences(byAgent.keySet());
        int told = 0;
        for (Map.Entry<String, List<ScheduledShift>> entry : byAgent.entrySet()) {
            NotificationPreference row = saved.get(entry.getKey());
            NoticeSettings settings = row == null ? NoticeSettings.DEFAULTS : NoticeSettings.of(row);
            if (!settings.wants(NoticeKind.SCHEDULE_CHANGE)) {
                continue;
            }
            AgentProfile agent = agents.find(entry.getKey()).orElse(null);
            if (agent == null) {
                continue;
            }
            List<ScheduledShift> shifts = entry.getValue();
            long minutes = shifts.stream()
                    .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes())
                    .sum();
            LocalDate agentWeek = shifts.stream()
                    .map(s -> s.start().atZone(ZoneId.of(agent.timeZone())).toLocalDate())
                    .min(LocalDate::compareTo)
                    .orElseThrow()
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            String text = "The schedule of the week of " + event.weekStart() + " is published: you have "
                    + shifts.size() + (shifts.size() == 1 ? " shift" : " shifts") + ", "
                    + hours(minutes) + " in all.";
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

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}

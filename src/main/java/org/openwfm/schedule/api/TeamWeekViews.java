package org.openwfm.schedule.api;

import java.time.LocalDate;
import java.util.List;
import org.openwfm.schedule.api.ScheduleViews.ActivityView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;

/** A team's published week as its supervisor reads it. */
public final class TeamWeekViews {

    private TeamWeekViews() {}

    /**
     * The week runs Monday to Monday in the supervisor's zone ({@code timeZone}); {@code shifts} are the members'
     * published shifts starting in it, with breaks; {@code activities} every published session in it that a member
     * attends or the supervisor leads.
     */
    public record TeamWeekView(
            String teamId,
            String teamName,
            String supervisorId,
            String supervisorName,
            String timeZone,
            LocalDate weekStart,
            List<String> members,
            List<ShiftView> shifts,
            List<ActivityView> activities) {}
}

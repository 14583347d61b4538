package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.schedule.api.ScheduleViews.ActivityView;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.schedule.api.TeamWeekViews.TeamWeekView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.team.SupervisorProfile;
import org.openwfm.workforce.team.TeamDirectory;
import org.openwfm.workforce.team.TeamProfile;

/** A team's published week: its members' shifts and the sessions of its members and its supervisor. */
@ApplicationScoped
public class TeamWeeks {

    @Inject
    TeamDirectory teams;

    @Inject
    ShiftStore shifts;

    @Inject
    ActivityStore activities;

    /** The team, for the caller to check who may read it before anything else is read. */
    @Transactional
    public Optional<TeamProfile> team(String teamId) {
        return teams.team(teamId);
    }

    /** @param weekStart the Monday of the week in the supervisor's zone, which the team's meetings are planned in */
    @Transactional
    public TeamWeekView week(String teamId, LocalDate weekStart) {
        TeamProfile team = teams.team(teamId).orElseThrow(() -> ProblemException.notFound("Team", teamId));
        SupervisorProfile supervisor = teams.supervisor(team.supervisorId())
                .orElseThrow(() -> ProblemException.notFound("Supervisor", team.supervisorId()));
        ZoneId zone = ZoneId.of(supervisor.timeZone());
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<ScheduleShiftRecord> records = shifts.publishedOfAgents(team.members(), from, to);
        Map<Long, List<TimeSpan>> breaks =
                shifts.breaksOfShifts(records.stream().map(r -> r.id).toList());
        List<ShiftView> week = records.stream()
                .map(r -> new ShiftView(
                        r.id,
                        r.agentId,
                        r.clientId,
                        r.channel,
                        r.start,
                        r.end,
                        breaks.getOrDefault(r.id, List.of()).stream()
                                .map(b -> new BreakView(b.start(), b.end()))
                                .toList()))
                .toList();
        List<ActivityView> sessions =
                activities.publishedOverlapping(team.members(), supervisor.id(), from, to).stream()
                        .map(ActivityView::of)
                        .toList();
        return new TeamWeekView(
                team.id(),
                team.name(),
                supervisor.id(),
                supervisor.name(),
                supervisor.timeZone(),
                weekStart,
                team.members(),
                week,
                sessions);
    }
}

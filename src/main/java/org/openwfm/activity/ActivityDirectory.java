package org.openwfm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwfm.workforce.team.SupervisorProfile;
import org.openwfm.workforce.team.TeamDirectory;
import org.openwfm.workforce.team.TeamProfile;

/**
 * How the roster reads activities: every session to place in a week, as detached records, inside the caller's
 * transaction (or one of its own). A team's activity is expanded from the team as it is now.
 */
@ApplicationScoped
public class ActivityDirectory {

    @Inject
    ActivityRepository activities;

    @Inject
    TeamDirectory teams;

    /**
     * Every session of every activity valid in the week from {@code weekStart} (validity dates inclusive), by
     * activity id, then agent id (coaching) or session number (training). A meeting or coaching whose team has no
     * members left has no session.
     */
    @Transactional
    public List<ActivitySession> sessionsForWeek(LocalDate weekStart) {
        List<ActivitySession> sessions = new ArrayList<>();
        for (Activity activity : activities.listOrdered()) {
            if (activity.validInWeekOf(weekStart)) {
                sessions.addAll(sessionsOf(activity, weekStart));
            }
        }
        return sessions;
    }

    private List<ActivitySession> sessionsOf(Activity activity, LocalDate weekStart) {
        Optional<TeamProfile> team = Optional.ofNullable(activity.teamId).flatMap(teams::team);
        String supervisorId = team.map(TeamProfile::supervisorId).orElse(activity.supervisorId);
        SupervisorProfile supervisor = supervisorId == null
                ? null
                : teams.supervisor(supervisorId, weekStart).orElse(null);
        String ownAgent = supervisor == null ? null : supervisor.agentId();
        List<String> agentIds = team.map(TeamProfile::members).orElse(activity.agentIds).stream()
                .filter(id -> !id.equals(ownAgent))
                .sorted()
                .toList();
        String teamName = team.map(TeamProfile::name).orElse(null);
        ActivityWindow window = new ActivityWindow(
                ActivityMapper.days(activity),
                activity.windowStartMinute,
                activity.windowEndMinute,
                activity.windowTimeZone);
        Session session = (key, name, attendees) -> new ActivitySession(
                key,
                activity.id,
                activity.kind,
                name,
                teamName,
                supervisor,
                attendees,
                activity.lengthMinutes,
                window,
                activity.placement,
                activity.priority);
        String id = String.valueOf(activity.id);
        List<ActivitySession> sessions = new ArrayList<>();
        switch (activity.kind) {
            case TEAM_MEETING -> {
                if (!agentIds.isEmpty()) {
                    String name = activity.name != null ? activity.name : "Team meeting of " + teamName;
                    sessions.add(session.of(id, name, agentIds));
                }
            }
            case COACHING -> {
                String name = activity.name != null ? activity.name : "Coaching";
                agentIds.forEach(
                        agent -> sessions.add(session.of(id + "/" + agent, name + " for " + agent, List.of(agent))));
            }
            case TRAINING -> {
                for (int n = 1; n <= activity.sessions; n++) {
                    String name = activity.sessions == 1
                            ? activity.name
                            : activity.name + " (session " + n + " of " + activity.sessions + ")";
                    sessions.add(session.of(id + "#" + n, name, agentIds));
                }
            }
        }
        return sessions;
    }

    /** One session of the activity being expanded: its key, readable name and attending agents. */
    @FunctionalInterface
    private interface Session {
        ActivitySession of(String key, String name, List<String> agentIds);
    }
}

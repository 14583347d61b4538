package org.openwfm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.workforce.team.SupervisorProfile;
import org.openwfm.workforce.team.TeamDirectory;
import org.openwfm.workforce.team.TeamProfile;

/** Activity definitions: checked whole, then stored; read by planners and admins, and by the supervisors involved. */
@ApplicationScoped
public class ActivityService {

    @Inject
    ActivityRepository activities;

    @Inject
    ActivityChecks checks;

    @Inject
    TeamDirectory teams;

    @Inject
    Clock clock;

    @Transactional
    public ActivityDto create(ActivityDto dto, String username) {
        String zone = checks.check(dto);
        Activity activity = ActivityMapper.toEntity(dto, zone);
        activity.createdBy = username;
        activity.createdAt = clock.instant();
        activities.persist(activity);
        activities.flush();
        return view(activity);
    }

    /** Every activity, or with {@code supervisorId} those that supervisor leads or attends (as an agent). */
    @Transactional
    public List<ActivityDto> list(String supervisorId) {
        Optional<SupervisorProfile> viewer = viewer(supervisorId);
        return activities.listOrdered().stream()
                .filter(a -> supervisorId == null || involves(a, viewer))
                .map(this::view)
                .toList();
    }

    /** The activity; refused (403) when {@code supervisorId} is given and that supervisor has no part in it. */
    @Transactional
    public Optional<ActivityDto> find(long id, String supervisorId) {
        Optional<Activity> found = activities.findByIdOptional(id);
        if (found.isPresent() && supervisorId != null && !involves(found.get(), viewer(supervisorId))) {
            throw ProblemException.forbidden("A supervisor may only read the activities it leads or attends");
        }
        return found.map(this::view);
    }

    @Transactional
    public boolean delete(long id) {
        return activities.deleteById(id);
    }

    private Optional<SupervisorProfile> viewer(String supervisorId) {
        return supervisorId == null ? Optional.empty() : teams.supervisor(supervisorId);
    }

    private boolean involves(Activity activity, Optional<SupervisorProfile> viewer) {
        if (viewer.isEmpty()) {
            return false;
        }
        Optional<TeamProfile> team = Optional.ofNullable(activity.teamId).flatMap(teams::team);
        String leader = team.map(TeamProfile::supervisorId).orElse(activity.supervisorId);
        String ownAgent = viewer.get().agentId();
        List<String> agentIds = team.map(TeamProfile::members).orElse(activity.agentIds);
        return viewer.get().id().equals(leader) || (ownAgent != null && agentIds.contains(ownAgent));
    }

    private ActivityDto view(Activity activity) {
        String supervisorId = activity.teamId == null
                ? activity.supervisorId
                : teams.team(activity.teamId).map(TeamProfile::supervisorId).orElse(null);
        return ActivityMapper.toDto(activity, supervisorId);
    }
}

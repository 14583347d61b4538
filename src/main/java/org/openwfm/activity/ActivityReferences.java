package org.openwfm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openwfm.workforce.team.TeamUses;

/** Tells workforce whether activities still name a team or a supervisor it is asked to delete. */
@ApplicationScoped
class ActivityReferences implements TeamUses {

    @Inject
    ActivityRepository activities;

    @Override
    public long activitiesOfTeam(String teamId) {
        return activities.countOfTeam(teamId);
    }

    @Override
    public long activitiesLedBy(String supervisorId) {
        return activities.countLedBy(supervisorId);
    }
}

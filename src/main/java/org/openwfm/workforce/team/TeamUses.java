package org.openwfm.workforce.team;

/**
 * What refers to teams and supervisors from above workforce (the activities), asked before one is deleted:
 * the activity feature implements it, so workforce never depends on that feature.
 */
public interface TeamUses {

    /** How many activities name the team. */
    long activitiesOfTeam(String teamId);

    /** How many activities name the supervisor as theirs (apart from a team's). */
    long activitiesLedBy(String supervisorId);
}

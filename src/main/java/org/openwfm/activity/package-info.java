/**
 * Activities: weekly team meetings, coaching and training that take agents (and their supervisor) off the phones
 * for a while. Definitions are checked whole against the teams, the agents and everyone's weekly hours; the roster
 * reads the week's sessions through {@link org.openwfm.activity.ActivityDirectory}. Depends on workforce; nothing
 * in workforce depends on it (workforce asks {@link org.openwfm.workforce.team.TeamUses} before a delete).
 */
package org.openwfm.activity;

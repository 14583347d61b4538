/**
 * Supervisors and the teams they lead: an agent belongs to at most one team, a supervisor may also be an agent.
 * Other features read them through {@link org.openwfm.workforce.team.TeamDirectory}; what refers to them from
 * above (activities) answers {@link org.openwfm.workforce.team.TeamUses} before one is deleted.
 */
package org.openwfm.workforce.team;

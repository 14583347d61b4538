/**
 * Time off agents ask for: requests counted against a yearly allowance, approved at once when they fit the allowance
 * and leave enough agents on the published shifts they take hours from, otherwise decided by a planner. Approval
 * writes the agent's time off (through workforce's {@code AgentTimeOffs}) and gives the shifts' hours back as open
 * seats (through {@code ShiftReleases}).
 */
package org.openwfm.selfservice.timeoff;

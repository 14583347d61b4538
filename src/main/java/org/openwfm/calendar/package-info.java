/**
 * An agent's published week in the agent's own calendar app: an iCalendar feed of its shifts, breaks and sessions,
 * reached by a secret per-agent token because calendar apps cannot sign in. Reads schedules through the
 * {@code PublishedWeeks} port and agents through {@code AgentDirectory}; nothing depends on it.
 */
package org.openwfm.calendar;

/**
 * Builds the planning problem for a week and a set of clients: the horizon, requirements per slot, one shift
 * assignment per agent-day with its shift options, and the pinned shifts already published.
 */
package org.openwfm.roster.problem;

package org.openwfm.staffing.queueing;

/**
 * Agents an interval needs.
 *
 * @param agentsForGoal       fewest agents meeting the service goal (and abandonment cap)
 * @param agents              after the occupancy cap and the open-hours minimum: the productive agents needed
 * @param agentsWithShrinkage the headcount to schedule so that {@code agents} are productive
 * @param metrics             what {@code agents} give
 */
public record Requirement(int agentsForGoal, int agents, int agentsWithShrinkage, QueueMetrics metrics) {}

package org.openwfm.roster.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.Instant;
import java.util.List;

/**
 * A week to plan: agents, the coverage each client channel needs per planning interval, one assignment per agent
 * and local day, and the activity sessions (meetings, coaching, training) to place among the shifts.
 * Interval i starts at {@code horizonStart + i × grainMinutes}.
 */
@PlanningSolution
public class Roster {

    private Instant horizonStart;
    private int grainMinutes;

    @ProblemFactCollectionProperty
    private List<PlanningAgent> agents;

    @ProblemFactCollectionProperty
    private List<CoverageSlot> slots;

    @PlanningEntityCollectionProperty
    private List<ShiftAssignment> assignments;

    @PlanningEntityCollectionProperty
    private List<ActivityAssignment> activities;

    @PlanningScore
    private HardMediumSoftScore score;

    public Roster() {}

    public Roster(
            Instant horizonStart,
            int grainMinutes,
            List<PlanningAgent> agents,
            List<CoverageSlot> slots,
            List<ShiftAssignment> assignments) {
        this(horizonStart, grainMinutes, agents, slots, assignments, List.of());
    }

    public Roster(
            Instant horizonStart,
            int grainMinutes,
            List<PlanningAgent> agents,
            List<CoverageSlot> slots,
            List<ShiftAssignment> assignments,
            List<ActivityAssignment> activities) {
        this.horizonStart = horizonStart;
        this.grainMinutes = grainMinutes;
        this.agents = agents;
        this.slots = slots;
        this.assignments = assignments;
        this.activities = activities;
    }

    public Instant getHorizonStart() {
        return horizonStart;
    }

    public int getGrainMinutes() {
        return grainMinutes;
    }

    public List<PlanningAgent> getAgents() {
        return agents;
    }

    public List<CoverageSlot> getSlots() {
        return slots;
    }

    public List<ShiftAssignment> getAssignments() {
        return assignments;
    }

    /** Meetings, coaching and training sessions to place; attendees are away from contacts while in one. */
    public List<ActivityAssignment> getActivities() {
        return activities;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public Instant instantOf(int index) {
        return horizonStart.plusSeconds(60L * grainMinutes * index);
    }
}

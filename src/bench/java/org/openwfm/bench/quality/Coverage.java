package org.openwfm.bench.quality;

import java.util.HashMap;
import java.util.Map;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;

/**
 * A planned roster measured the way both solvers are compared: the terms of the objective CP-SAT minimizes
 * (contacts at stake from agents short, idle agent-minutes, minutes below weekly minimums) and the KPIs
 * coverage Σ min(scheduled, required) / Σ required, overstaffing Σ max(0, scheduled − required) / Σ scheduled and the
 * projected service level.
 */
public record Coverage(
        long shortStake,
        long overstaffMinutes,
        long weeklyMinimumDeficit,
        double coverage,
        double overstaffing,
        double serviceLevel) {

    public static Coverage of(Roster roster, BankInstance instance) {
        Map<CoverageSlot, Integer> scheduled = new HashMap<>();
        Map<PlanningAgent, Long> minutes = new HashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            if (day.getOption() != null) {
                day.getOption().coveredSlots().forEach(slot -> scheduled.merge(slot, 1, Integer::sum));
                minutes.merge(day.getAgent(), (long) day.getOption().length() * roster.getGrainMinutes(), Long::sum);
            }
        }
        long shortStake = 0;
        long over = 0;
        long required = 0;
        long met = 0;
        long staffed = 0;
        long extra = 0;
        for (CoverageSlot slot : roster.getSlots()) {
            int on = scheduled.getOrDefault(slot, 0);
            shortStake += (long) Math.max(0, slot.required() - on) * slot.stakePerMissingAgent();
            over += (long) Math.max(0, on - slot.required()) * slot.minutes();
            required += slot.required();
            met += Math.min(on, slot.required());
            staffed += on;
            extra += Math.max(0, on - slot.required());
        }
        long deficit = roster.getAgents().stream()
                .mapToLong(agent -> Math.max(0, agent.terms().minWeeklyMinutes() - minutes.getOrDefault(agent, 0L)))
                .sum();
        return new Coverage(
                shortStake,
                over,
                deficit,
                required == 0 ? 1 : (double) met / required,
                staffed == 0 ? 0 : (double) extra / staffed,
                instance.projectedServiceLevel(scheduled));
    }

    /** The soft part of the objective CP-SAT minimizes. */
    public long soft() {
        return overstaffMinutes + weeklyMinimumDeficit;
    }
}

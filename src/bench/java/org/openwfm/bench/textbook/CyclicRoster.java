package org.openwfm.bench.textbook;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.ContractTerms;

/**
 * A textbook instance expressed in OpenWFM's planning model and solved by the service's own constraints: one
 * day of 30-minute slots, each needing its period's demand; agents who may each work one shift of exactly the
 * instance's length, starting at any period; a shift running past midnight covers the day's first slots (the
 * day repeats), which the model allows because an option lists the slots it covers.
 */
public final class CyclicRoster {

    private static final int GRAIN = 30;
    private static final ChannelKey DESK = new ChannelKey("textbook", Channel.VOICE);

    /** What Timefold found: shifts worked, agents still short summed over slots, and the score. */
    public record Answer(long shifts, long agentSlotsShort, String score, double seconds) {}

    private CyclicRoster() {}

    /**
     * A crew with enough agents for a plain feasible plan, the peak demand for every block of one shift's
     * length, so the known optimum is never handed to the solver.
     */
    static Roster of(TextbookInstance instance) {
        int slotsPerPeriod = instance.periodMinutes() / GRAIN;
        int daySlots = instance.demand().length * slotsPerPeriod;
        int shiftSlots = instance.shiftPeriods() * slotsPerPeriod;
        List<CoverageSlot> slots = new ArrayList<>();
        for (int i = 0; i < daySlots; i++) {
            int required = instance.demand()[i / slotsPerPeriod];
            slots.add(new CoverageSlot(DESK, i, GRAIN, true, required, required));
        }
        List<ShiftOption> options = new ArrayList<>();
        for (int period = 0; period < instance.demand().length; period++) {
            int start = period * slotsPerPeriod;
            List<CoverageSlot> covered = new ArrayList<>();
            for (int k = 0; k < shiftSlots; k++) {
                covered.add(slots.get((start + k) % daySlots));
            }
            options.add(new ShiftOption(period, DESK, start, shiftSlots, GRAIN, covered));
        }
        int shiftMinutes = shiftSlots * GRAIN;
        ContractTerms oneShift = new ContractTerms(0, shiftMinutes, shiftMinutes, shiftMinutes, shiftMinutes, 0, 7);
        int blocks = (instance.demand().length + instance.shiftPeriods() - 1) / instance.shiftPeriods();
        List<PlanningAgent> agents = new ArrayList<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (int a = 0; a < instance.peakDemand() * blocks; a++) {
            PlanningAgent agent = new PlanningAgent(
                    "T" + a, "UTC", oneShift, Set.of(DESK), List.of(new IndexRange(0, 2 * daySlots)), List.of());
            agents.add(agent);
            assignments.add(new ShiftAssignment(agent, LocalDate.of(2027, 1, 4), 0, options));
        }
        return new Roster(Instant.parse("2027-01-04T00:00:00Z"), GRAIN, agents, slots, assignments);
    }

    /** Solves with the service's solver configuration (constraints, phases, moves) and its time limit. */
    public static Answer solve(TextbookInstance instance, SolverConfig config) {
        long started = System.nanoTime();
        Roster best = SolverFactory.<Roster>create(config).buildSolver().solve(of(instance));
        double took = (System.nanoTime() - started) / 1e9;
        long shifts = best.getAssignments().stream()
                .filter(a -> a.getOption() != null)
                .count();
        long[] onSlot = new long[best.getSlots().size()];
        best.getAssignments().stream()
                .filter(a -> a.getOption() != null)
                .forEach(a -> a.getOption().coveredSlots().forEach(slot -> onSlot[slot.index()]++));
        long short_ = best.getSlots().stream()
                .mapToLong(slot -> Math.max(0, slot.required() - onSlot[slot.index()]))
                .sum();
        return new Answer(shifts, short_, String.valueOf(best.getScore()), took);
    }
}

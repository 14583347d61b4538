package org.openwfm.roster.solver.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * The first schedule, built one agent's week at a time: each agent, the least flexible first, takes its best week
 * ({@link AgentWeekPlanner}) against the coverage of the weeks built before it. Timefold's first-fit construction
 * put every option of every agent-day through the score one day at a time: for a week of 5,000 agents (3.5 million
 * options) that took most of a minute, and it could not see the weekly limits until a day broke them. Here an
 * option's worth is read from arrays and a whole week planned exactly in one pass, within its limits. Agents that
 * already have shifts (a takeover going on from the shifts stored last) keep them. It always builds every week, even
 * past the job's time or after a stop: a schedule that leaves agents out would be worse than one a few seconds late
 * (the week of 5,000 agents takes 4 to 8 s), and the local search after it stops at once.
 */
public final class WeekByWeekConstruction implements PhaseCommand<Roster> {

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        CoverageLedger ledger = new CoverageLedger(roster.getSlots());
        int[] present = new int[ledger.size()];
        roster.getAssignments().forEach(day -> ledger.add(day.getOption(), present, 1));
        // No random tie break: the same roster always starts from the same schedule.
        long[] noTieBreak = new long[ledger.size()];
        List<AgentWeek> unplanned = AgentWeek.replannableOf(roster).stream()
                .filter(AgentWeek::unplanned)
                .sorted(Comparator.comparingInt(AgentWeek::optionCount))
                .toList();
        for (AgentWeek week : unplanned) {
            ShiftOption[] best =
                    week.best(option -> ledger.marginalWorth(option, present, noTieBreak), roster.getGrainMinutes());
            if (best != null) { // null: its pinned shifts alone break its limits, which the score reports
                take(scoreDirector, week, best, ledger, present);
            }
        }
    }

    private static void take(
            ScoreDirector<Roster> scoreDirector,
            AgentWeek week,
            ShiftOption[] best,
            CoverageLedger ledger,
            int[] present) {
        for (int d = 0; d < best.length; d++) {
            ShiftAssignment day = week.days().get(d);
            if (!day.isPinned() && best[d] != null) {
                scoreDirector.beforeVariableChanged(day, "option");
                day.setOption(best[d]);
                scoreDirector.afterVariableChanged(day, "option");
                ledger.add(best[d], present, 1);
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}

package org.openwfm.roster.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Re-plans the whole week of two or three agents who share a client channel: their shifts are taken out, then each
 * in turn gets the best week it can have given everyone else ({@link AgentWeekPlanner}). Comparing plans with the
 * exact optimum showed why this move is needed: the better plans differ from a converged one by whole weeks of
 * several agents at once, which no change of one or two shifts reaches without passing through worse plans.
 * The score still judges the result, so fairness and preferences, which the week planner does not see, decide too.
 */
public final class AgentRerosterMoves implements MoveIteratorFactory<Roster, RerosterMove> {

    /**
     * One contact at stake, in the week planner's units: more than all idle and below-minimum minutes a week can
     * have, so the planner ranks coverage first and minutes second, as the score ranks medium over soft.
     */
    private static final long MEDIUM_OVER_SOFT = 1_000_000;
    /**
     * Random worth added to each short interval, below what could outweigh one contact at stake over a whole week:
     * equally good weeks are many, and always taking the same one would make the move repeat itself.
     */
    private static final long TIE_BREAK_RANGE = MEDIUM_OVER_SOFT / 1024;

    private List<PlanningAgent> agents;
    private Map<PlanningAgent, List<ShiftAssignment>> weeks;
    private Map<CoverageSlot, Integer> slotPositions;

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        // In the roster's order, so a run with the same random seed picks the same agents.
        weeks = new LinkedHashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            weeks.computeIfAbsent(day.getAgent(), agent -> new ArrayList<>()).add(day);
        }
        // Weeks with nothing to re-plan: every day pinned (a published week kept as it is) or without options.
        weeks.values().removeIf(week -> week.stream().allMatch(day -> day.isPinned() || day.getOptions().isEmpty()));
        weeks.values().forEach(week -> week.sort((a, b) -> Integer.compare(a.getDayIndex(), b.getDayIndex())));
        agents = new ArrayList<>(weeks.keySet());
        slotPositions = new IdentityHashMap<>();
        for (CoverageSlot slot : roster.getSlots()) {
            slotPositions.put(slot, slotPositions.size());
        }
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return (long) agents.size() * agents.size();
    }

    @Override
    public Iterator<RerosterMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Agent re-rosters are only picked at random");
    }

    @Override
    public Iterator<RerosterMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return agents.size() >= 2;
            }

            @Override
            public RerosterMove next() {
                return reroster(scoreDirector.getWorkingSolution(), pickAgents(random), random);
            }
        };
    }

    /** A random agent and one or two others certified for one of its client channels, in random order. */
    private List<PlanningAgent> pickAgents(Random random) {
        PlanningAgent first = agents.get(random.nextInt(agents.size()));
        List<PlanningAgent> picked = new ArrayList<>(List.of(first));
        int wanted = 2 + random.nextInt(2);
        for (int tries = 0; picked.size() < wanted && tries < 20; tries++) {
            PlanningAgent other = agents.get(random.nextInt(agents.size()));
            if (!picked.contains(other) && other.certifications().stream().anyMatch(first::isCertifiedFor)) {
                picked.add(other);
            }
        }
        Collections.shuffle(picked, random);
        return picked;
    }

    private RerosterMove reroster(Roster roster, List<PlanningAgent> picked, Random random) {
        int[] scheduled = new int[slotPositions.size()];
        long[] tieBreak = random.longs(slotPositions.size(), 0, TIE_BREAK_RANGE).toArray();
        for (ShiftAssignment day : roster.getAssignments()) {
            if (day.getOption() != null && !picked.contains(day.getAgent())) {
                day.getOption().coveredSlots().forEach(slot -> scheduled[slotPositions.get(slot)]++);
            }
        }
        Map<PlanningAgent, ShiftOption[]> planned = new LinkedHashMap<>();
        for (PlanningAgent agent : picked) {
            List<ShiftAssignment> week = weeks.get(agent);
            ShiftOption[] best = AgentWeekPlanner.bestWeek(week.stream().map(AgentRerosterMoves::choices).toList(), pinnedWork(week),
                    agent.rules(), roster.getGrainMinutes(), option -> worth(option, scheduled, tieBreak), 1);
            if (best == null) {
                return new RerosterMove(List.of());
            }
            cover(best, scheduled);
            planned.put(agent, best);
        }
        List<RerosterMove.Change> changes = new ArrayList<>();
        planned.forEach((agent, best) -> {
            for (int d = 0; d < best.length; d++) {
                if (!weeks.get(agent).get(d).isPinned()) {
                    changes.add(new RerosterMove.Change(weeks.get(agent).get(d), best[d]));
                }
            }
        });
        return new RerosterMove(changes);
    }

    /** What a day may take: a pinned day only what it has (nothing, if pinned off), any other day its options. */
    private static List<ShiftOption> choices(ShiftAssignment day) {
        if (!day.isPinned()) {
            return day.getOptions();
        }
        return day.getOption() == null ? List.of() : List.of(day.getOption());
    }

    private static boolean[] pinnedWork(List<ShiftAssignment> week) {
        boolean[] mustWork = new boolean[week.size()];
        for (int d = 0; d < mustWork.length; d++) {
            mustWork[d] = week.get(d).isPinned() && week.get(d).getOption() != null;
        }
        return mustWork;
    }

    private void cover(ShiftOption[] week, int[] scheduled) {
        for (ShiftOption option : week) {
            if (option != null) {
                option.coveredSlots().forEach(slot -> scheduled[slotPositions.get(slot)]++);
            }
        }
    }

    /** Contacts at stake the shift saves where intervals are short, less the idle minutes where they are not. */
    private long worth(ShiftOption option, int[] scheduled, long[] tieBreak) {
        long worth = 0;
        for (CoverageSlot slot : option.coveredSlots()) {
            int position = slotPositions.get(slot);
            worth += scheduled[position] < slot.required() ? slot.stakePerMissingAgent() * MEDIUM_OVER_SOFT + tieBreak[position]
                    : -slot.minutes();
        }
        return worth;
    }
}

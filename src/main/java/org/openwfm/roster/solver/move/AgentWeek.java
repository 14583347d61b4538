package org.openwfm.roster.solver.move;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

/**
 * One agent's days in order, as a week re-plan sees them: what each day may take and what it has now, and the
 * sessions (meetings, coaching, training) the agent attends inside its shifts, which a re-plan keeps inside them.
 */
record AgentWeek(PlanningAgent agent, List<ShiftAssignment> days, List<ActivityAssignment> sessions) {

    /** Every agent's week that has something to re-plan, in the roster's order (so a seeded run picks the same). */
    static List<AgentWeek> replannableOf(Roster roster) {
        return allOf(roster).stream().filter(AgentWeek::replannable).toList();
    }

    /** Every agent's week, in the roster's order. */
    static List<AgentWeek> allOf(Roster roster) {
        Map<PlanningAgent, List<ShiftAssignment>> byAgent = new LinkedHashMap<>();
        for (ShiftAssignment day : roster.getAssignments()) {
            byAgent.computeIfAbsent(day.getAgent(), agent -> new ArrayList<>()).add(day);
        }
        Map<PlanningAgent, List<ActivityAssignment>> sessionsByAgent = new HashMap<>();
        for (ActivityAssignment session : roster.getActivities()) {
            if (session.isInShift()) {
                session.getAttendees()
                        .forEach(agent -> sessionsByAgent
                                .computeIfAbsent(agent, any -> new ArrayList<>())
                                .add(session));
            }
        }
        List<AgentWeek> weeks = new ArrayList<>();
        byAgent.forEach((agent, own) -> {
            own.sort(Comparator.comparingInt(ShiftAssignment::getDayIndex));
            weeks.add(new AgentWeek(agent, own, sessionsByAgent.getOrDefault(agent, List.of())));
        });
        return weeks;
    }

    /** The best week at the given worth per shift ({@link AgentWeekPlanner}); null when no week keeps the limits. */
    ShiftOption[] best(ToLongFunction<ShiftOption> worth, int grainMinutes) {
        ShiftOption[] week = bestHolding(worth, grainMinutes, null, 0, 0);
        if (week == null && sessions.stream().anyMatch(ActivityAssignment::isPinned)) {
            // The pinned sessions no shift holds yet may ask for more days than the contract allows: then the week
            // holds what it can, and the score reports the rest.
            week = planned(worth, grainMinutes, heldSpans(null, false));
        }
        return week;
    }

    /**
     * The best week that also holds planning intervals [start, end) in one shift, with {@code moving} (one of its
     * sessions, or null) going there rather than staying where it is; null when no week keeps the limits.
     */
    ShiftOption[] bestHolding(
            ToLongFunction<ShiftOption> worth, int grainMinutes, ActivityAssignment moving, int start, int end) {
        List<List<IndexRange>> held = heldSpans(moving, true);
        if (moving != null) {
            int day = dayHolding(start, end);
            if (day < 0) {
                return null;
            }
            held.get(day).add(new IndexRange(start, end));
        }
        return planned(worth, grainMinutes, held);
    }

    /** The best week whose days hold the spans given, each day its own; null when none keeps the limits. */
    private ShiftOption[] planned(ToLongFunction<ShiftOption> worth, int grainMinutes, List<List<IndexRange>> held) {
        List<List<ShiftOption>> choices = new ArrayList<>(days.size());
        boolean[] mustWork = mustWork();
        for (int d = 0; d < days.size(); d++) {
            choices.add(holding(choices(days.get(d)), held.get(d)));
            mustWork[d] |= !held.get(d).isEmpty();
        }
        return AgentWeekPlanner.bestWeek(choices, mustWork, agent.terms(), grainMinutes, worth, 1);
    }

    /** The first day with an option through [start, end), preferring one whose shift is there now; -1 if none. */
    private int dayHolding(int start, int end) {
        int first = -1;
        for (int d = 0; d < days.size(); d++) {
            ShiftOption now = days.get(d).getOption();
            if (now != null && now.covers(start, end)) {
                return d;
            }
            if (first < 0 && choices(days.get(d)).stream().anyMatch(option -> option.covers(start, end))) {
                first = d;
            }
        }
        return first;
    }

    /**
     * Per day, the spans of the placed sessions its shift holds now (but {@code moving}), which it must still hold; and
     * a pinned session no shift holds yet (fixed first-fit, before any shift was built) goes to the day
     * {@link #dayHolding} picks, if that day has an option through it and the day's other sessions.
     */
    private List<List<IndexRange>> heldSpans(ActivityAssignment moving, boolean holdPinnedUnheld) {
        List<List<IndexRange>> held = new ArrayList<>(days.size());
        for (ShiftAssignment day : days) {
            List<IndexRange> spans = new ArrayList<>();
            if (day.getOption() != null) {
                sessions.stream()
                        .filter(session -> session != moving && session.isPlaced() && session.isCoveredBy(day))
                        .forEach(session -> spans.add(new IndexRange(session.start(), session.end())));
            }
            held.add(spans);
        }
        if (holdPinnedUnheld) {
            for (ActivityAssignment session : sessions) {
                if (session.isPinned() && session.isPlaced() && !heldNow(session)) {
                    int d = dayHolding(session.start(), session.end());
                    IndexRange span = new IndexRange(session.start(), session.end());
                    if (d >= 0 && canHold(d, held.get(d), span)) {
                        held.get(d).add(span);
                    }
                }
            }
        }
        return held;
    }

    private boolean heldNow(ActivityAssignment session) {
        return days.stream().anyMatch(day -> day.getOption() != null && session.isCoveredBy(day));
    }

    /** Whether day {@code d} has an option through the spans it holds and one more. */
    private boolean canHold(int d, List<IndexRange> spans, IndexRange more) {
        List<IndexRange> all = new ArrayList<>(spans);
        all.add(more);
        return !holding(choices(days.get(d)), all).isEmpty();
    }

    /** The options that run through every span given. */
    private static List<ShiftOption> holding(List<ShiftOption> options, List<IndexRange> spans) {
        if (spans.isEmpty()) {
            return options;
        }
        return options.stream()
                .filter(option -> spans.stream().allMatch(span -> option.covers(span.start(), span.end())))
                .toList();
    }

    /** Whether none of its days that may change has a shift yet. */
    boolean unplanned() {
        return days.stream().allMatch(day -> day.isPinned() || day.getOption() == null);
    }

    /** How many shifts the week could choose from: the fewer, the less it can adapt to the others. */
    int optionCount() {
        return days.stream().mapToInt(day -> choices(day).size()).sum();
    }

    ShiftOption[] current() {
        return days.stream().map(ShiftAssignment::getOption).toArray(ShiftOption[]::new);
    }

    /**
     * Whether there is anything to re-plan: not every day pinned (a published week kept as it is) or without options.
     */
    boolean replannable() {
        return days.stream()
                .anyMatch(day -> !day.isPinned() && !day.getOptions().isEmpty());
    }

    /** What a day may take: a pinned day only what it has (nothing, if pinned off), any other day its options. */
    private static List<ShiftOption> choices(ShiftAssignment day) {
        if (!day.isPinned()) {
            return day.getOptions();
        }
        return day.getOption() == null ? List.of() : List.of(day.getOption());
    }

    private boolean[] mustWork() {
        boolean[] mustWork = new boolean[days.size()];
        for (int d = 0; d < mustWork.length; d++) {
            mustWork[d] = days.get(d).isPinned() && days.get(d).getOption() != null;
        }
        return mustWork;
    }
}

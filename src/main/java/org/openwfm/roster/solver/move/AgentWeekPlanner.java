package org.openwfm.roster.solver.move;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.ContractTerms;

/**
 * The best week for one agent while everyone else's shifts stay as they are, found exactly by dynamic programming
 * over the agent's days. The state after a day is (minutes worked so far, end of that day's shift, days worked in a
 * row), which is all the weekly maximum, the rest between shifts and the days-in-a-row limit need to know; each day
 * either takes one of its options or is off. What a shift is worth comes from the caller (the coverage it adds);
 * the weekly minimum is charged at the end. Rest is checked against the previous day only, which is exact while the
 * rest is shorter than a day off (contracts ask for 8 to 12 hours); beyond that the score still refuses the week.
 */
final class AgentWeekPlanner {

    /** Below any reachable value: marks a state no choice reaches. */
    private static final long UNREACHED = Long.MIN_VALUE;

    private AgentWeekPlanner() {}

    /**
     * @param days      per day of the agent, in order, the options it may take (already within its availability,
     *                  certifications and the shift lengths)
     * @param mustWork  per day, whether it has to take one of its options (a pinned shift) rather than be off
     * @param worth     what taking an option adds to the objective, larger is better
     * @param shortfall what one minute below the weekly minimum costs, in the same units
     * @return per day the option to take, or null for a day off; null instead of a week when none keeps the limits
     *         (pinned shifts that already break them)
     */
    static ShiftOption[] bestWeek(
            List<List<ShiftOption>> days,
            boolean[] mustWork,
            ContractTerms rules,
            int grainMinutes,
            ToLongFunction<ShiftOption> worth,
            long shortfall) {
        int maxSlots = rules.maxWeeklyMinutes() / grainMinutes;
        int restSlots = (rules.minRestMinutes() + grainMinutes - 1) / grainMinutes;
        List<List<ShiftOption>> choices = days.stream()
                .map(day -> day.stream()
                        .filter(option -> option.minutes() <= rules.maxDailyMinutes())
                        .toList())
                .toList();
        // Days in a row are worth tracking only when the agent may work more of them in a row than the limit: most
        // part-time weeks never can, and tracking them multiplies the states by the limit.
        int runs = longestWorkableStretch(choices) > rules.maxConsecutiveDays() ? rules.maxConsecutiveDays() + 1 : 1;
        WeekLayer[] layers = new WeekLayer[days.size()];
        WeekLayer before = WeekLayer.start(maxSlots, runs);
        for (int d = 0; d < days.size(); d++) {
            List<ShiftOption> today = choices.get(d);
            layers[d] = before.next(today, today.stream().mapToLong(worth).toArray(), mustWork[d], restSlots);
            before = layers[d];
        }
        return unwind(layers, rules, grainMinutes, shortfall);
    }

    /** The most days in a row that have any option at all: no run of worked days can be longer. */
    private static int longestWorkableStretch(List<List<ShiftOption>> choices) {
        int longest = 0;
        int current = 0;
        for (List<ShiftOption> day : choices) {
            current = day.isEmpty() ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    /** The best last state, less the weekly minimum's shortfall, traced back to the first day. */
    private static ShiftOption[] unwind(WeekLayer[] layers, ContractTerms rules, int grainMinutes, long shortfall) {
        WeekLayer last = layers[layers.length - 1];
        long best = UNREACHED;
        int at = -1;
        for (int state = 0; state < last.value.length; state++) {
            if (last.value[state] == UNREACHED) {
                continue;
            }
            long total = last.value[state]
                    - shortfall * Math.max(0, rules.minWeeklyMinutes() - last.used(state) * grainMinutes);
            if (total > best) {
                best = total;
                at = state;
            }
        }
        if (at < 0) {
            return null;
        }
        ShiftOption[] week = new ShiftOption[layers.length];
        for (int d = layers.length - 1; d >= 0; d--) {
            week[d] = layers[d].taken[at];
            at = layers[d].from[at];
        }
        return week;
    }

    /**
     * The states after one day: per (slots worked, the day's shift end by distinct end or off, days in a row) the best
     * value reaching it, the state before it and the option taken. Only slots worked up to what the days so far can
     * add up to are kept: early in the week that is a fraction of the weekly maximum.
     */
    private static final class WeekLayer {

        final int maxSlots;
        /** The most slots the days so far can have worked. */
        final int topUsed;

        final int runs;
        /** Distinct shift ends of the day, ascending; index {@code ends.length} is the day off. */
        final int[] ends;

        final long[] value;
        final int[] from;
        final ShiftOption[] taken;

        private WeekLayer(int maxSlots, int topUsed, int runs, int[] ends) {
            this.maxSlots = maxSlots;
            this.topUsed = topUsed;
            this.runs = runs;
            this.ends = ends;
            int states = (topUsed + 1) * (ends.length + 1) * runs;
            this.value = new long[states];
            this.from = new int[states];
            this.taken = new ShiftOption[states];
            Arrays.fill(value, UNREACHED);
        }

        /** Before the first day: nothing worked, off the day before. */
        static WeekLayer start(int maxSlots, int runs) {
            WeekLayer start = new WeekLayer(maxSlots, 0, runs, new int[0]);
            start.value[start.state(0, 0, 0)] = 0;
            return start;
        }

        int state(int used, int end, int run) {
            return (used * (ends.length + 1) + end) * runs + run;
        }

        int used(int state) {
            return state / runs / (ends.length + 1);
        }

        /**
         * The next day's states. A shift may follow any previous end early enough for the rest, and those ends are a
         * prefix of the ascending ends, so the best earlier state per prefix serves every option at once: the work is
         * options + ends per (slots, run) rather than their product.
         */
        WeekLayer next(List<ShiftOption> options, long[] worths, boolean mustWork, int restSlots) {
            int[] nextEnds = options.stream()
                    .mapToInt(ShiftOption::end)
                    .distinct()
                    .sorted()
                    .toArray();
            int longest = options.stream().mapToInt(ShiftOption::length).max().orElse(0);
            WeekLayer next = new WeekLayer(maxSlots, Math.min(maxSlots, topUsed + longest), runs, nextEnds);
            int off = nextEnds.length;
            int before = ends.length;
            int[] endIndex = options.stream()
                    .mapToInt(option -> Arrays.binarySearch(nextEnds, option.end()))
                    .toArray();
            // How many of the previous ends leave enough rest before each option's start.
            int[] restedEnds = options.stream()
                    .mapToInt(option -> endsUpTo(option.start() - restSlots))
                    .toArray();
            long[] prefixBest = new long[before + 1];
            int[] prefixFrom = new int[before + 1];
            for (int used = 0; used <= topUsed; used++) {
                for (int run = 0; run < runs; run++) {
                    bestByPrefix(used, run, prefixBest, prefixFrom);
                    if (prefixBest[before] == UNREACHED) {
                        continue;
                    }
                    if (!mustWork) {
                        next.offer(next.state(used, off, 0), prefixBest[before], prefixFrom[before], null);
                    }
                    int nextRun = runs == 1 ? 0 : run + 1;
                    if (nextRun == runs) {
                        continue;
                    }
                    for (int o = 0; o < worths.length; o++) {
                        ShiftOption option = options.get(o);
                        int after = used + option.length();
                        long reached = prefixBest[restedEnds[o]];
                        if (after <= maxSlots && reached != UNREACHED) {
                            next.offer(
                                    next.state(after, endIndex[o], nextRun),
                                    reached + worths[o],
                                    prefixFrom[restedEnds[o]],
                                    option);
                        }
                    }
                }
            }
            return next;
        }

        /**
         * Fills {@code prefixBest[k]} with the best of the day off and the first k ends, at these slots and days in a
         * row, and {@code prefixFrom[k]} with the state that reaches it (into arrays the caller reuses: this runs per
         * slots and run of every day of every move).
         */
        private void bestByPrefix(int used, int run, long[] prefixBest, int[] prefixFrom) {
            prefixFrom[0] = state(used, ends.length, run);
            prefixBest[0] = value[prefixFrom[0]];
            for (int k = 1; k <= ends.length; k++) {
                int candidate = state(used, k - 1, run);
                boolean better = value[candidate] > prefixBest[k - 1];
                prefixBest[k] = better ? value[candidate] : prefixBest[k - 1];
                prefixFrom[k] = better ? candidate : prefixFrom[k - 1];
            }
        }

        private int endsUpTo(int latestEnd) {
            int index = Arrays.binarySearch(ends, latestEnd);
            return index >= 0 ? index + 1 : -index - 1;
        }

        private void offer(int state, long reached, int fromState, ShiftOption option) {
            if (reached > value[state]) {
                value[state] = reached;
                from[state] = fromState;
                taken[state] = option;
            }
        }
    }
}

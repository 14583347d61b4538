package org.openwfm.roster.solver;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

import org.openwfm.roster.domain.AgentRules;
import org.openwfm.roster.domain.ShiftOption;

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

    private AgentWeekPlanner() {
    }

    /**
     * @param days      per day of the agent, in order, the options it may take (already within its availability,
     *                  certifications and the shift lengths)
     * @param mustWork  per day, whether it has to take one of its options (a pinned shift) rather than be off
     * @param worth     what taking an option adds to the objective, larger is better
     * @param shortfall what one minute below the weekly minimum costs, in the same units
     * @return per day the option to take, or null for a day off; null instead of a week when none keeps the limits
     *         (pinned shifts that already break them)
     */
    static ShiftOption[] bestWeek(List<List<ShiftOption>> days, boolean[] mustWork, AgentRules rules, int grainMinutes,
            ToLongFunction<ShiftOption> worth, long shortfall) {
        int dayCount = days.size();
        int maxSlots = rules.maxWeeklyMinutes() / grainMinutes;
        int restSlots = (rules.minRestMinutes() + grainMinutes - 1) / grainMinutes;
        int maxRun = Math.min(rules.maxConsecutiveDays(), dayCount);
        // value[day][slots worked][end of the day's shift, by distinct end; the last index is a day off][days in a row]
        long[][][][] value = new long[dayCount][][][];
        int[][][][] from = new int[dayCount][][][];
        int[][][][] taken = new int[dayCount][][][];
        int[] endsBefore = {};
        for (int d = 0; d < dayCount; d++) {
            List<ShiftOption> today = days.get(d);
            int[] ends = today.stream().mapToInt(ShiftOption::end).distinct().sorted().toArray();
            long[] worths = today.stream().mapToLong(worth).toArray();
            int[] endIndex = today.stream().mapToInt(option -> Arrays.binarySearch(ends, option.end())).toArray();
            value[d] = filled(maxSlots + 1, ends.length + 1, maxRun + 1);
            from[d] = new int[maxSlots + 1][ends.length + 1][maxRun + 1];
            taken[d] = new int[maxSlots + 1][ends.length + 1][maxRun + 1];
            for (int used = 0; used <= maxSlots; used++) {
                for (int prev = 0; prev <= endsBefore.length; prev++) {
                    for (int run = 0; run <= maxRun; run++) {
                        long reached = d == 0 ? (used == 0 && run == 0 ? 0 : UNREACHED) : value[d - 1][used][prev][run];
                        if (reached == UNREACHED) {
                            continue;
                        }
                        int packed = pack(used, prev, run);
                        if (!mustWork[d]) {
                            offer(value[d], from[d], taken[d], used, ends.length, 0, reached, packed, -1);
                        }
                        if (run == maxRun) {
                            continue;
                        }
                        int earliestStart = prev < endsBefore.length ? endsBefore[prev] + restSlots : Integer.MIN_VALUE;
                        for (int o = 0; o < today.size(); o++) {
                            ShiftOption option = today.get(o);
                            int after = used + option.length();
                            if (after <= maxSlots && option.start() >= earliestStart && option.minutes() <= rules.maxDailyMinutes()) {
                                offer(value[d], from[d], taken[d], after, endIndex[o], run + 1, reached + worths[o], packed, o);
                            }
                        }
                    }
                }
            }
            endsBefore = ends;
        }
        return unwind(days, value, from, taken, rules, grainMinutes, shortfall);
    }

    private static ShiftOption[] unwind(List<List<ShiftOption>> days, long[][][][] value, int[][][][] from, int[][][][] taken,
            AgentRules rules, int grainMinutes, long shortfall) {
        int last = days.size() - 1;
        long best = UNREACHED;
        int at = -1;
        for (int used = 0; used < value[last].length; used++) {
            for (int end = 0; end < value[last][used].length; end++) {
                for (int run = 0; run < value[last][used][end].length; run++) {
                    long reached = value[last][used][end][run];
                    if (reached == UNREACHED) {
                        continue;
                    }
                    long total = reached - shortfall * Math.max(0, rules.minWeeklyMinutes() - used * grainMinutes);
                    if (total > best) {
                        best = total;
                        at = pack(used, end, run);
                    }
                }
            }
        }
        if (best == UNREACHED) {
            return null;
        }
        ShiftOption[] week = new ShiftOption[days.size()];
        for (int d = last; d >= 0; d--) {
            int used = at >>> 20;
            int end = (at >>> 4) & 0xFFFF;
            int run = at & 0xF;
            int option = taken[d][used][end][run];
            week[d] = option < 0 ? null : days.get(d).get(option);
            at = from[d][used][end][run];
        }
        return week;
    }

    private static void offer(long[][][] value, int[][][] from, int[][][] taken, int used, int end, int run, long reached,
            int packedFrom, int option) {
        if (reached > value[used][end][run]) {
            value[used][end][run] = reached;
            from[used][end][run] = packedFrom;
            taken[used][end][run] = option;
        }
    }

    /** A state in one int: slots worked (12 bits), end index (16 bits), days in a row (4 bits). */
    private static int pack(int used, int end, int run) {
        return used << 20 | end << 4 | run;
    }

    private static long[][][] filled(int used, int taken, int run) {
        long[][][] table = new long[used][taken][run];
        for (long[][] byTaken : table) {
            for (long[] byRun : byTaken) {
                Arrays.fill(byRun, UNREACHED);
            }
        }
        return table;
    }
}

package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.ContractTermsBuilder.terms;
import static org.openwfm.roster.solver.RosterFixtures.DAY;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.ShiftOptionBuilder.shiftOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.ContractTerms;

class AgentWeekPlannerTest {

    /** 0–40 h a week, 4–8 h shifts, at most 8 h a day, 11 h rest, 5 days in a row. */
    private static final ContractTerms OPEN = terms().build();

    private final Map<ShiftOption, Long> worth = new HashMap<>();
    private long ids;

    @Test
    void takesTheMostValuableShiftOfEachDayWhenNoLimitBinds() {
        ShiftOption mondayEarly = option(0, 8, 12, 5);
        ShiftOption mondayLate = option(0, 12, 18, 9);
        ShiftOption tuesdayEarly = option(1, 8, 14, 7);
        ShiftOption tuesdayLate = option(1, 14, 20, 3);

        ShiftOption[] week =
                plan(List.of(List.of(mondayEarly, mondayLate), List.of(tuesdayEarly, tuesdayLate)), OPEN, 0);

        assertThat(week).containsExactly(mondayLate, tuesdayEarly);
    }

    @Test
    void leavesADayOffWhenEveryShiftThereIsWorthLessThanNothing() {
        ShiftOption monday = option(0, 8, 16, 4);
        ShiftOption tuesday = option(1, 8, 16, -2);

        assertThat(plan(List.of(List.of(monday), List.of(tuesday)), OPEN, 0)).containsExactly(monday, null);
    }

    @Test
    void weeklyMaximumDropsTheShiftThatAddsLeast() {
        ContractTerms twelveHours = terms().weeklyHours(0, 12).build();
        ShiftOption monday = option(0, 8, 14, 6);
        ShiftOption tuesday = option(1, 8, 14, 4);
        ShiftOption wednesday = option(2, 8, 14, 5);

        ShiftOption[] week = plan(List.of(List.of(monday), List.of(tuesday), List.of(wednesday)), twelveHours, 0);

        assertThat(week).containsExactly(monday, null, wednesday);
    }

    @Test
    void restBetweenShiftsRulesOutALateShiftBeforeAnEarlyOne() {
        ShiftOption mondayLate = option(0, 16, 24, 10);
        ShiftOption mondayDay = option(0, 10, 18, 6);
        ShiftOption tuesdayEarly = option(1, 6, 14, 10);

        // 24:00 to 06:00 is 6 h of rest, under 11 h: the late shift and the early one cannot both be worked.
        ShiftOption[] week = plan(List.of(List.of(mondayLate, mondayDay), List.of(tuesdayEarly)), OPEN, 0);

        assertThat(week).containsExactly(mondayDay, tuesdayEarly);
    }

    @Test
    void daysInARowLimitTakesTheBestDaysOnly() {
        ContractTerms twoInARow = terms().maxConsecutiveDays(2).build();
        ShiftOption monday = option(0, 8, 12, 3);
        ShiftOption tuesday = option(1, 8, 12, 1);
        ShiftOption wednesday = option(2, 8, 12, 3);

        ShiftOption[] week = plan(List.of(List.of(monday), List.of(tuesday), List.of(wednesday)), twoInARow, 0);

        assertThat(week).containsExactly(monday, null, wednesday);
    }

    @Test
    void weeklyMinimumMakesItWorkADayThatIsWorthLittle() {
        ContractTerms eightHoursAtLeast = terms().weeklyHours(8, 40).build();
        ShiftOption monday = option(0, 8, 12, 10);
        ShiftOption tuesday = option(1, 8, 12, -50);

        // Without Tuesday the week is 240 minutes short; at 1 per minute that costs more than Tuesday's −50.
        assertThat(plan(List.of(List.of(monday), List.of(tuesday)), eightHoursAtLeast, 1))
                .containsExactly(monday, tuesday);
        assertThat(plan(List.of(List.of(monday), List.of(tuesday)), eightHoursAtLeast, 0))
                .containsExactly(monday, null);
    }

    @Test
    void aShiftLongerThanTheDailyMaximumIsNeverTaken() {
        ContractTerms sixHoursADay = terms().maxDailyHours(6).build();
        ShiftOption eightHours = option(0, 8, 16, 20);
        ShiftOption sixHours = option(0, 8, 14, 5);

        assertThat(plan(List.of(List.of(eightHours, sixHours)), sixHoursADay, 0))
                .containsExactly(sixHours);
    }

    @Test
    void aPinnedShiftIsKeptAndTheRestOfTheWeekPlannedAroundIt() {
        ContractTerms twelveHours = terms().weeklyHours(0, 12).build();
        ShiftOption pinnedMonday = option(0, 16, 22, -3);
        ShiftOption tuesdayEarly = option(1, 6, 12, 9);
        ShiftOption tuesdayLate = option(1, 12, 18, 4);
        ShiftOption wednesday = option(2, 8, 14, 8);

        // Monday is kept although it is worth less than nothing; its 22:00 end rules out Tuesday 06:00 (8 h of
        // rest), and with 12 hours a week only one more 6-hour shift fits: Wednesday's.
        ShiftOption[] week = plan(
                List.of(List.of(pinnedMonday), List.of(tuesdayEarly, tuesdayLate), List.of(wednesday)),
                new boolean[] {true, false, false},
                twelveHours,
                0);

        assertThat(week).containsExactly(pinnedMonday, null, wednesday);
    }

    @Test
    void noWeekWhenPinnedShiftsAloneBreakTheWeeklyMaximum() {
        ContractTerms sixHours = terms().weeklyHours(0, 6).build();
        ShiftOption monday = option(0, 8, 14, 1);
        ShiftOption tuesday = option(1, 8, 14, 1);

        assertThat(AgentWeekPlanner.bestWeek(
                        List.of(List.of(monday), List.of(tuesday)),
                        new boolean[] {true, true},
                        sixHours,
                        GRAIN,
                        worth::get,
                        0))
                .isNull();
    }

    @Test
    void findsAsGoodAWeekAsTryingEveryWeekOnRandomWeeks() {
        Random random = new Random(8);
        for (int instance = 0; instance < 300; instance++) {
            ContractTerms rules = new ContractTerms(
                    (random.nextInt(11)) * 60,
                    (12 + random.nextInt(19)) * 60,
                    (6 + random.nextInt(3)) * 60,
                    4 * 60,
                    9 * 60,
                    (8 + random.nextInt(5)) * 60,
                    2 + random.nextInt(2));
            long shortfall = random.nextInt(2);
            List<List<ShiftOption>> days = new ArrayList<>();
            for (int day = 0; day < 5; day++) {
                List<ShiftOption> options = new ArrayList<>();
                // Some days offer nothing, so that some weeks cannot reach the days-in-a-row limit.
                int offered = random.nextInt(4) == 0 ? 0 : 3;
                for (int o = 0; o < offered; o++) {
                    int from = 6 + random.nextInt(11);
                    options.add(option(day, from, from + 4 + random.nextInt(6), random.nextInt(200) - 40));
                }
                days.add(options);
            }

            ShiftOption[] planned = plan(days, rules, shortfall);

            assertThat(value(planned, rules, shortfall))
                    .as("instance %d", instance)
                    .isEqualTo(bestByTryingAll(days, rules, shortfall));
        }
    }

    /** Every combination of one option or a day off per day, kept to the limits; the best value among them. */
    private long bestByTryingAll(List<List<ShiftOption>> days, ContractTerms rules, long shortfall) {
        long best = Long.MIN_VALUE;
        int[] pick = new int[days.size()];
        while (true) {
            ShiftOption[] week = new ShiftOption[days.size()];
            for (int d = 0; d < week.length; d++) {
                week[d] = pick[d] == 0 ? null : days.get(d).get(pick[d] - 1);
            }
            if (keepsLimits(week, rules)) {
                best = Math.max(best, value(week, rules, shortfall));
            }
            int d = 0;
            while (d < pick.length && ++pick[d] > days.get(d).size()) {
                pick[d++] = 0;
            }
            if (d == pick.length) {
                return best;
            }
        }
    }

    private static boolean keepsLimits(ShiftOption[] week, ContractTerms rules) {
        int minutes = 0;
        int inARow = 0;
        for (int d = 0; d < week.length; d++) {
            if (week[d] == null) {
                inARow = 0;
                continue;
            }
            minutes += week[d].minutes();
            inARow++;
            boolean rested = d == 0
                    || week[d - 1] == null
                    || (week[d].start() - week[d - 1].end()) * GRAIN >= rules.minRestMinutes();
            if (week[d].minutes() > rules.maxDailyMinutes() || inARow > rules.maxConsecutiveDays() || !rested) {
                return false;
            }
        }
        return minutes <= rules.maxWeeklyMinutes();
    }

    private long value(ShiftOption[] week, ContractTerms rules, long shortfall) {
        int minutes = Arrays.stream(week)
                .filter(Objects::nonNull)
                .mapToInt(ShiftOption::minutes)
                .sum();
        return Arrays.stream(week)
                        .filter(Objects::nonNull)
                        .mapToLong(worth::get)
                        .sum()
                - shortfall * Math.max(0, rules.minWeeklyMinutes() - minutes);
    }

    private ShiftOption[] plan(List<List<ShiftOption>> days, ContractTerms rules, long shortfallPerMinute) {
        return plan(days, new boolean[days.size()], rules, shortfallPerMinute);
    }

    private ShiftOption[] plan(
            List<List<ShiftOption>> days, boolean[] mustWork, ContractTerms rules, long shortfallPerMinute) {
        ShiftOption[] week = AgentWeekPlanner.bestWeek(days, mustWork, rules, GRAIN, worth::get, shortfallPerMinute);
        assertThat(week).hasSize(days.size());
        return Arrays.copyOf(week, week.length);
    }

    /** A shift on {@code day} from {@code fromHour} to {@code toHour}, worth {@code value} to the plan. */
    private ShiftOption option(int day, int fromHour, int toHour, long value) {
        ShiftOption option = shiftOption(++ids)
                .intervals(day * DAY + fromHour * 2, day * DAY + toHour * 2)
                .build();
        worth.put(option, value);
        return option;
    }
}

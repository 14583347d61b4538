package org.openwfm.roster.solver.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.roster.solver.RosterFixtures.GRAIN;
import static org.openwfm.roster.solver.RosterFixtures.MONDAY;
import static org.openwfm.roster.solver.RosterFixtures.RETAIL_VOICE;
import static org.openwfm.roster.solver.RosterFixtures.retailAgent;
import static org.openwfm.roster.solver.RosterFixtures.slots;
import static org.openwfm.roster.solver.ShiftOptionBuilder.shiftOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;

class GroupWeekPlannerTest {

    /**
     * Monday 08:00–12:00 needs one agent, 30 contacts at stake a slot; 16:00–20:00 needs one, 20 a slot. Ana may
     * work either; Ben only the morning.
     */
    private final List<CoverageSlot> morningSlots = slots(RETAIL_VOICE, 16, 24, 1, 30);

    private final List<CoverageSlot> eveningSlots = slots(RETAIL_VOICE, 32, 40, 1, 20);
    private final ShiftOption morning =
            shiftOption(1).intervals(16, 24).covering(morningSlots).build();
    private final ShiftOption evening =
            shiftOption(2).intervals(32, 40).covering(eveningSlots).build();
    private final AgentWeek ana = new AgentWeek(
            retailAgent("ana"),
            List.of(new ShiftAssignment(retailAgent("ana"), MONDAY, 0, List.of(morning, evening))),
            List.of());
    private final AgentWeek ben = new AgentWeek(
            retailAgent("ben"),
            List.of(new ShiftAssignment(retailAgent("ben"), MONDAY, 0, List.of(morning))),
            List.of());
    private final CoverageLedger ledger = new CoverageLedger(concat(morningSlots, eveningSlots));
    private final GroupWeekPlanner planner = new GroupWeekPlanner(ledger, GRAIN, new Random(1));

    @Test
    void inTurnPlanningLetsTheFirstAgentTakeTheSlotOnlyTheSecondCouldCover() {
        Map<AgentWeek, ShiftOption[]> planned = planner.inTurn(List.of(ana, ben), new int[ledger.size()]);

        // Ana takes the dearer morning; Ben, who can only work mornings, is left with nothing worth working.
        assertThat(planned.get(ana)).containsExactly(morning);
        assertThat(planned.get(ben)).containsExactly((ShiftOption) null);
    }

    @Test
    void pricedPlanningSendsTheAgentWhoCanCoverBothToTheSlotNoOneElseCan() {
        Map<AgentWeek, ShiftOption[]> planned = planner.priced(List.of(ana, ben), new int[ledger.size()], 3);

        assertThat(planned.get(ana)).containsExactly(evening);
        assertThat(planned.get(ben)).containsExactly(morning);
        assertThat(ledger.loss(scheduled(planned))).isZero();
    }

    @Test
    void pricedPlanningKeepsWeeksThatAlreadyCoverEverything() {
        ana.days().get(0).setOption(evening);
        ben.days().get(0).setOption(morning);

        Map<AgentWeek, ShiftOption[]> planned = planner.priced(List.of(ana, ben), new int[ledger.size()], 3);

        assertThat(planned.get(ana)).containsExactly(evening);
        assertThat(planned.get(ben)).containsExactly(morning);
    }

    @Test
    void pricedPlanningLeavesNoMoreContactsAtStakeThanTheCurrentWeeks() {
        // Ana on the evening already and Ben off: the morning is short, and the planner must not make it worse.
        ana.days().get(0).setOption(evening);
        int[] others = new int[ledger.size()];
        Map<AgentWeek, ShiftOption[]> current = Map.of(ana, ana.current(), ben, ben.current());

        Map<AgentWeek, ShiftOption[]> planned = planner.priced(List.of(ana, ben), others, 1);

        assertThat(ledger.loss(scheduled(current))).isEqualTo(8 * 30 * CoverageLedger.MEDIUM_OVER_SOFT);
        assertThat(ledger.loss(scheduled(planned))).isZero();
    }

    @Test
    void theLedgerCountsAnAgentAwayDuringItsBreaksAsTheScoreDoes() {
        // The morning with a 15-minute break at 10:00: the 10:00 slot is half covered, half an agent × 30 contacts.
        ShiftOption withBreak = shiftOption(3)
                .intervals(16, 24)
                .covering(morningSlots)
                .withBreak(120, 135)
                .build();
        int[] present = new int[ledger.size()];

        long worth = ledger.marginalWorth(withBreak, present, new long[ledger.size()]);
        ledger.add(withBreak, present, 1);

        assertThat(ledger.loss(present)).isEqualTo((15 + 8 * 20) * CoverageLedger.MEDIUM_OVER_SOFT);
        assertThat(worth).isEqualTo((7 * 30 + 15) * CoverageLedger.MEDIUM_OVER_SOFT);
        // A second agent fills the half slot and idles elsewhere: worth the 15 contacts less 7 × 30 + 15 idle minutes.
        assertThat(ledger.marginalWorth(morning, present, new long[ledger.size()]))
                .isEqualTo(15 * CoverageLedger.MEDIUM_OVER_SOFT - (7 * 30 + 15));
    }

    private int[] scheduled(Map<AgentWeek, ShiftOption[]> weeks) {
        int[] scheduled = new int[ledger.size()];
        weeks.values().forEach(week -> ledger.add(week, scheduled, 1));
        return scheduled;
    }

    private static List<CoverageSlot> concat(List<CoverageSlot> first, List<CoverageSlot> second) {
        List<CoverageSlot> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

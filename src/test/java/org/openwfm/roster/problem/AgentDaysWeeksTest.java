package org.openwfm.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.WeekHours;

/** An agent whose hours change from a week on, planned over two weeks in UTC (30-minute intervals). */
class AgentDaysWeeksTest {

    private static final ChannelKey VOICE = new ChannelKey("ad-weeks", Channel.VOICE);
    private static final Instant MONDAY = Instant.parse("2027-10-04T00:00:00Z");
    private static final Horizon TWO_WEEKS = new Horizon(MONDAY, MONDAY.plusSeconds(14 * 86_400), 30);

    @Test
    void eachDayTakesTheHoursOfItsOwnWeek() {
        List<Availability> standing = List.of(new Availability(DayOfWeek.MONDAY, 8 * 60, 12 * 60));
        List<Availability> changed = List.of(new Availability(DayOfWeek.TUESDAY, 14 * 60, 18 * 60));
        AgentProfile agent = new AgentProfile(
                "ADW1",
                "UTC",
                new ContractTerms(0, 2400, 480, 120, 480, 480, 6),
                new BreakTerms(0, 240, 0, 360),
                List.of(VOICE),
                standing,
                standing,
                List.of(),
                List.of(
                        new WeekHours(LocalDate.MIN, standing, standing),
                        new WeekHours(LocalDate.parse("2027-10-11"), changed, changed)));
        AgentDays days =
                new AgentDays(TWO_WEEKS, new ShiftOptions(Map.of(VOICE, openSlots()), 30), Set.of(VOICE), Map.of());

        days.add(agent);

        PlanningAgent planned = days.planningAgents.get(0);
        // Mon 2027-10-04 08:00–12:00 (intervals 16–24), then Tue 2027-10-12 14:00–18:00 (8 days in: 412–420); not
        // Mon 2027-10-11 08:00–12:00 nor Tue 2027-10-05 14:00–18:00.
        assertThat(planned.available()).containsExactly(new IndexRange(16, 24), new IndexRange(412, 420));
        assertThat(planned.preferred()).containsExactly(new IndexRange(16, 24), new IndexRange(412, 420));
    }

    private static CoverageSlot[] openSlots() {
        CoverageSlot[] slots = new CoverageSlot[TWO_WEEKS.intervals()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new CoverageSlot(VOICE, i, 30, true, 1, 1.0);
        }
        return slots;
    }
}

package org.openwfm.roster.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.BreakTerms;

class BreakPlannerTest {

    static final ChannelKey VOICE = new ChannelKey("retail", Channel.VOICE);
    static final Instant NINE = Instant.parse("2026-11-30T14:00:00Z");
    static final BreakTerms STANDARD = new BreakTerms(15, 4 * 60, 30, 6 * 60);

    static ScheduledShift shift(String agentId, Instant start, double hours) {
        return new ScheduledShift(agentId, VOICE, start, start.plus(Duration.ofMinutes((long) (hours * 60))));
    }

    @Test
    void anEightHourShiftGetsTwoShortBreaksAndAMealInsideItsMiddleNeverAtItsEdges() {
        ScheduledShift eightHours = shift("A1", NINE, 8);

        List<TimeSpan> breaks = new BreakPlanner((channel, at) -> 0)
                .place(List.of(eightHours), Map.of("A1", STANDARD))
                .get(0)
                .breaks();

        assertThat(breaks)
                .extracting(b -> Duration.between(b.start(), b.end()).toMinutes())
                .containsExactlyInAnyOrder(15L, 15L, 30L);
        assertThat(breaks).allSatisfy(b -> {
            assertThat(b.start()).isAfterOrEqualTo(NINE.plus(Duration.ofHours(1)));
            assertThat(b.end()).isBeforeOrEqualTo(NINE.plus(Duration.ofHours(7)));
            assertThat(b.start().getEpochSecond() % 900).isZero();
        });
        List<TimeSpan> ordered = breaks.stream()
                .sorted(java.util.Comparator.comparing(TimeSpan::start))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(ordered.get(i).start())
                    .as("an hour between breaks")
                    .isAfterOrEqualTo(ordered.get(i - 1).end().plus(Duration.ofHours(1)));
        }
        TimeSpan meal = breaks.stream()
                .filter(b -> Duration.between(b.start(), b.end()).toMinutes() == 30)
                .findFirst()
                .orElseThrow();
        assertThat(meal.start()).isBetween(NINE.plus(Duration.ofMinutes(195)), NINE.plus(Duration.ofMinutes(285)));
    }

    @Test
    void aShortShiftGetsNoMealAndOneBreak() {
        List<TimeSpan> breaks = new BreakPlanner((channel, at) -> 0)
                .place(List.of(shift("A1", NINE, 4)), Map.of("A1", STANDARD))
                .get(0)
                .breaks();

        assertThat(breaks)
                .singleElement()
                .satisfies(b -> assertThat(Duration.between(b.start(), b.end())).hasMinutes(15));
    }

    @Test
    void breaksGoWhereTheChannelHasTheMostAgentsToSpare() {
        // Two agents on 10:00–14:00; from 12:30 only one is required, elsewhere both are.
        Instant relief = NINE.plus(Duration.ofMinutes(210)); // 12:30
        List<ScheduledShift> shifts =
                List.of(shift("A1", NINE.plus(Duration.ofHours(1)), 4), shift("A2", NINE.plus(Duration.ofHours(1)), 4));

        List<ScheduledShift> placed = new BreakPlanner((channel, at) -> at.isBefore(relief) ? 2 : 1)
                .place(shifts, Map.of("A1", STANDARD, "A2", STANDARD));

        // Each 4-hour shift has one break, inside its middle two hours; the spare agent goes after 12:30.
        assertThat(placed).allSatisfy(s -> assertThat(s.breaks()).hasSize(1));
        assertThat(placed.get(0).breaks().get(0).start()).isAfterOrEqualTo(relief);
        assertThat(placed.get(1).breaks().get(0).start())
                .isNotEqualTo(placed.get(0).breaks().get(0).start());
    }

    @Test
    void nominalBreaksPutTheMealInTheMiddleAndSpreadTheShortBreaksAnHourFromIt() {
        // 8 hours = 32 quarters: meal centred (quarters 15–17), short breaks near their even spots 11 and 21.
        assertThat(BreakPlanner.nominalBreaks(32, STANDARD))
                .containsExactly(new BreakOffset(150, 165), new BreakOffset(225, 255), new BreakOffset(315, 330));
        // 4 hours: one short break in the middle, no meal.
        assertThat(BreakPlanner.nominalBreaks(16, STANDARD)).containsExactly(new BreakOffset(120, 135));
        assertThat(BreakPlanner.nominalBreaks(32, new BreakTerms(0, 240, 0, 360)))
                .isEmpty();
    }

    @Test
    void withNothingToChooseBetweenSpotsThePlannerKeepsTheNominalBreaks() {
        List<TimeSpan> breaks = new BreakPlanner((channel, at) -> 0)
                .place(List.of(shift("A1", NINE, 8)), Map.of("A1", STANDARD))
                .get(0)
                .breaks();

        assertThat(breaks)
                .extracting(b ->
                        new BreakOffset((int) Duration.between(NINE, b.start()).toMinutes(), (int)
                                Duration.between(NINE, b.end()).toMinutes()))
                .containsExactlyElementsOf(BreakPlanner.nominalBreaks(32, STANDARD));
    }

    @Test
    void anAgentWithoutBreakRulesKeepsAnUnbrokenShift() {
        List<ScheduledShift> placed = new BreakPlanner((channel, at) -> 0)
                .place(List.of(shift("A1", NINE, 8)), Map.of("A1", new BreakTerms(0, 240, 0, 360)));

        assertThat(placed.get(0).breaks()).isEmpty();
    }
}

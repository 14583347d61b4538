package org.openwfm.roster.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.ScheduledActivity;
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

    static ScheduledActivity session(String agentId, Instant start, int minutes) {
        return new ScheduledActivity(
                "S-" + agentId + "-" + start,
                "Coaching for " + agentId,
                "COACHING",
                "S1",
                "Sam",
                null,
                List.of(agentId),
                start,
                start.plus(Duration.ofMinutes(minutes)));
    }

    static boolean overlap(TimeSpan pause, ScheduledActivity session) {
        return pause.start().isBefore(session.end()) && session.start().isBefore(pause.end());
    }

    @Test
    void aSessionOnTheNominalMealSpotPushesTheMealToTheNearestClearPosition() {
        // Nominally the meal of a 09:00–17:00 shift is 12:45–13:15; a coaching takes 12:30–13:30.
        ScheduledActivity coaching = session("A1", NINE.plus(Duration.ofMinutes(210)), 60);

        List<TimeSpan> breaks = new BreakPlanner((channel, at) -> 0)
                .place(List.of(shift("A1", NINE, 8)), Map.of("A1", STANDARD), List.of(coaching))
                .get(0)
                .breaks();

        // The meal may start from 11:15 (40 %); 12:15 would run into the coaching, 13:30 is the nearest clear start.
        // The short breaks keep their hour from it: 11:45 as nominally, and 15:00 instead of 14:15.
        assertThat(breaks)
                .extracting(b ->
                        new BreakOffset((int) Duration.between(NINE, b.start()).toMinutes(), (int)
                                Duration.between(NINE, b.end()).toMinutes()))
                .containsExactly(new BreakOffset(165, 180), new BreakOffset(270, 300), new BreakOffset(360, 375));
    }

    @Test
    void whereSessionsFillTheMealWindowTheMealGoesToTheNearestClearPositionOfTheShift() {
        // A training 11:00–15:30 covers the whole meal window (11:15–13:45 starts) of a 09:00–17:00 shift.
        ScheduledActivity training = new ScheduledActivity(
                "T1",
                "Safety refresher (session 1 of 3)",
                "TRAINING",
                null,
                null,
                null,
                List.of("A1"),
                NINE.plus(Duration.ofHours(2)),
                NINE.plus(Duration.ofMinutes(390)));

        List<TimeSpan> breaks = new BreakPlanner((channel, at) -> 0)
                .place(List.of(shift("A1", NINE, 8)), Map.of("A1", STANDARD), List.of(training))
                .get(0)
                .breaks();

        // The meal as near its nominal 12:45 as the shift allows, before the training; the short breaks, with no room
        // an hour from it before the training, after it: the first an hour from the meal, the second only clear of it.
        assertThat(breaks)
                .extracting(b ->
                        new BreakOffset((int) Duration.between(NINE, b.start()).toMinutes(), (int)
                                Duration.between(NINE, b.end()).toMinutes()))
                .containsExactly(new BreakOffset(90, 120), new BreakOffset(390, 405), new BreakOffset(405, 420));
        assertThat(breaks).noneMatch(b -> overlap(b, training));
    }

    @Test
    void noPlacedBreakOverlapsASessionOfItsAgent() {
        Random random = new Random(19);
        for (int round = 0; round < 30; round++) {
            List<ScheduledShift> shifts = new ArrayList<>();
            List<ScheduledActivity> sessions = new ArrayList<>();
            Map<String, BreakTerms> rules = new java.util.HashMap<>();
            for (int a = 0; a < 4; a++) {
                String agentId = "A" + a;
                Instant start = NINE.plus(Duration.ofMinutes(30L * random.nextInt(6)));
                int quarters = 16 + random.nextInt(25); // 4 to 10 hours
                shifts.add(shift(agentId, start, quarters / 4.0));
                rules.put(agentId, STANDARD);
                // One or two sessions of 30 to 120 minutes anywhere in the shift, apart from each other.
                int at = random.nextInt(quarters / 2);
                sessions.add(session(agentId, start.plus(Duration.ofMinutes(15L * at)), 30 + 15 * random.nextInt(7)));
                if (random.nextBoolean()) {
                    int later = quarters / 2 + 1 + random.nextInt(quarters / 2 - 2);
                    sessions.add(session(agentId, start.plus(Duration.ofMinutes(15L * later)), 30));
                }
            }

            List<ScheduledShift> placed = new BreakPlanner((channel, instant) -> 2).place(shifts, rules, sessions);

            for (ScheduledShift shift : placed) {
                List<ScheduledActivity> own = sessions.stream()
                        .filter(s -> s.attends(shift.agentId()))
                        .toList();
                assertThat(shift.breaks())
                        .as("round " + round + ", " + shift.agentId())
                        .isNotEmpty()
                        .allSatisfy(b -> assertThat(own).noneMatch(s -> overlap(b, s)));
            }
        }
    }

    @Test
    void anAgentInASessionCountsAwayWhereTheOthersTakeTheirBreaks() {
        // A1 and A2 on 10:00–14:00, one agent required throughout; each has one 15-minute break, nominally at 12:00.
        // A2 is coached 12:00–12:30: A1 on a break then would leave nobody, so A1 takes it at 11:45, the nearest
        // spot with an agent to spare; A2 takes its own clear of the coaching and of A1's break.
        Instant ten = NINE.plus(Duration.ofHours(1));
        Instant noon = ten.plus(Duration.ofHours(2));
        List<ScheduledShift> shifts = List.of(shift("A1", ten, 4), shift("A2", ten, 4));

        List<ScheduledShift> withoutSession =
                new BreakPlanner((channel, at) -> 1).place(shifts, Map.of("A1", STANDARD, "A2", STANDARD));
        List<ScheduledShift> placed = new BreakPlanner((channel, at) -> 1)
                .place(shifts, Map.of("A1", STANDARD, "A2", STANDARD), List.of(session("A2", noon, 30)));

        assertThat(withoutSession.get(0).breaks())
                .containsExactly(new TimeSpan(noon, noon.plus(Duration.ofMinutes(15))));
        assertThat(placed.get(0).agentId()).isEqualTo("A1");
        assertThat(placed.get(0).breaks()).containsExactly(new TimeSpan(noon.minus(Duration.ofMinutes(15)), noon));
        assertThat(placed.get(1).breaks())
                .containsExactly(new TimeSpan(noon.minus(Duration.ofMinutes(30)), noon.minus(Duration.ofMinutes(15))));
    }
}

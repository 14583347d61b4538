package org.openwfm.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openwfm.support.Api.as;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.problem.ClientGroups.ClientGroup;
import org.openwfm.roster.solver.RosterConstraints;

/**
 * Whether a week solved in independent groups scores as the whole week would: two New York clients that share an
 * agent, and a Los Angeles client with its own agents (so the groups' horizons differ from the whole's too), each
 * group built and solved alone, their shifts put on the whole week's problem and scored there.
 */
@QuarkusTest
class ClientGroupsScoreTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 30);
    private static final List<String> EAST = List.of("split-east-1", "split-east-2");
    private static final String WEST = "split-west";
    private static final List<String> WEEK_CLIENTS = List.of("split-east-1", "split-east-2", WEST);
    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<String> FAIRNESS = List.of("Fair hours", "Fair talk time");

    private static boolean created;
    private static Scores joinedOnce;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    SolutionManager<Roster, HardMediumSoftScore> solutionManager;

    @BeforeEach
    void createTheWeekOnce() {
        if (created) {
            return;
        }
        // East is short (four agents for two busy clients), so its agents work full weeks; West's agents can work only
        // Monday to Wednesday, less than their weekly minimum, on a quiet client where they idle. The groups' loads
        // differ by design, which is what the fairness spreads compare.
        createClient("split-east-1", "America/New_York", 30);
        createClient("split-east-2", "America/New_York", 30);
        createClient(WEST, "America/Los_Angeles", 2);
        createAgent("SPLIT-E1", "America/New_York", WEEKDAYS, "split-east-1");
        createAgent("SPLIT-E2", "America/New_York", WEEKDAYS, "split-east-1", "split-east-2");
        createAgent("SPLIT-E3", "America/New_York", WEEKDAYS, "split-east-2");
        createAgent("SPLIT-E4", "America/New_York", WEEKDAYS, "split-east-2");
        for (String id : List.of("SPLIT-W1", "SPLIT-W2", "SPLIT-W3")) {
            createAgent(id, "America/Los_Angeles", WEEKDAYS.subList(0, 3), WEST);
        }
        created = true;
    }

    @Test
    void theWeekFallsIntoTheEastPairAndTheWestClient() {
        assertThat(builder.groups(WEEK, WEEK_CLIENTS, List.of()))
                .containsExactly(new ClientGroup(EAST, 4), new ClientGroup(List.of(WEST), 3));
    }

    @Test
    void everyConstraintButTheFairnessSpreadsScoresTheJoinedWeekAsTheSumOfItsGroups() {
        Scores scores = solveInGroupsAndJoin();

        Map<String, HardMediumSoftScore> whole = new HashMap<>(scores.whole());
        Map<String, HardMediumSoftScore> parts = new HashMap<>(scores.partsSummed());
        FAIRNESS.forEach(name -> {
            whole.remove(name);
            parts.remove(name);
        });
        assertThat(whole).isEqualTo(parts).hasSize(18);
        // Not a comparison of zeros: East is short of agents, West idles and stays below its weekly minimum.
        assertThat(parts.get("Agents short").mediumScore()).isNegative();
        assertThat(parts.get("Overstaffing").softScore()).isNegative();
        assertThat(parts.get("Weekly minimum hours").softScore()).isNegative();
        assertThat(scores.joinedShifts()).isGreaterThan(10);
    }

    @Test
    void theFairnessSpreadsOfTheJoinedWeekAreNotTheSumOfTheGroups() {
        Scores scores = solveInGroupsAndJoin();

        // The whole compares East's long weeks with West's short ones under one mean; each group saw only its own, so
        // the whole penalizes the difference between the groups, which no group's solve could see or reduce.
        for (String name : FAIRNESS) {
            assertThat(scores.whole().get(name).softScore())
                    .as(name)
                    .isLessThan(scores.partsSummed().get(name).softScore());
        }
    }

    private record Scores(
            Map<String, HardMediumSoftScore> whole, Map<String, HardMediumSoftScore> partsSummed, int joinedShifts) {}

    /** Both tests read the same solves: solving is the slow part. */
    private Scores solveInGroupsAndJoin() {
        if (joinedOnce == null) {
            joinedOnce = solveAndJoin();
        }
        return joinedOnce;
    }

    private Scores solveAndJoin() {
        RosterProblem whole = builder.build(WEEK, WEEK_CLIENTS);
        List<ScheduledShift> joined = new ArrayList<>();
        Map<String, HardMediumSoftScore> partsSummed = new HashMap<>();
        for (ClientGroup group : builder.groups(WEEK, WEEK_CLIENTS, List.of())) {
            RosterProblem part = builder.build(WEEK, group.clientIds());
            Roster solved = solve(part.roster());
            joined.addAll(part.shifts(solved));
            byConstraint(solved).forEach((name, score) -> partsSummed.merge(name, score, HardMediumSoftScore::add));
        }
        assertThat(whole.assign(joined))
                .as("shifts of a group that the whole week cannot hold")
                .isEmpty();
        return new Scores(byConstraint(whole.roster()), partsSummed, joined.size());
    }

    private Map<String, HardMediumSoftScore> byConstraint(Roster roster) {
        Map<String, HardMediumSoftScore> scores = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint :
                solutionManager.analyze(roster).constraintAnalyses()) {
            scores.put(constraint.constraintName(), constraint.score());
        }
        return scores;
    }

    /** The service's search, stopped after a fixed number of moves so the test takes the same path every run. */
    private static Roster solve(Roster roster) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class, ActivityAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class);
        config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof LocalSearchPhaseConfig)
                .forEach(phase -> phase.setTerminationConfig(new TerminationConfig().withMoveCountLimit(1000L)));
        return SolverFactory.<Roster>create(config).buildSolver().solve(roster);
    }

    /** Open weekdays 08:00–18:00 local, with {@code contacts} calls of 180 s every half-hour it is open. */
    private static void createClient(String id, String zone, int contacts) {
        List<Map<String, Object>> hours = new ArrayList<>();
        List<Map<String, Object>> intervals = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            hours.add(Map.of("dayOfWeek", day.name(), "open", "08:00", "close", "18:00"));
            ZonedDateTime open =
                    WEEK.with(TemporalAdjusters.nextOrSame(day)).atTime(8, 0).atZone(ZoneId.of(zone));
            for (int half = 0; half < 20; half++) {
                intervals.add(Map.of(
                        "start",
                        open.plusMinutes(30L * half).toInstant().toString(),
                        "contacts",
                        contacts,
                        "ahtSeconds",
                        180));
            }
        }
        as("planner")
                .body(Map.of(
                        "id",
                        id,
                        "name",
                        id,
                        "timeZone",
                        zone,
                        "channels",
                        List.of(Map.of("channel", "VOICE", "openingHours", hours))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        as("forecaster")
                .body(Map.of("clientId", id, "channel", "VOICE", "intervals", intervals))
                .post("/api/v1/forecasts")
                .then()
                .statusCode(201);
    }

    /** A full-timer (32–40 h a week, shifts of 4–10 h) available 07:00–19:00 local on the given days. */
    private static void createAgent(String id, String zone, List<DayOfWeek> days, String... clientIds) {
        List<Map<String, String>> availability = days.stream()
                .map(day -> Map.of("dayOfWeek", day.name(), "start", "07:00", "end", "19:00"))
                .toList();
        as("planner")
                .body(Map.of(
                        "id",
                        id,
                        "name",
                        "Agent " + id,
                        "timeZone",
                        zone,
                        "certifications",
                        List.of(clientIds).stream()
                                .map(client -> Map.of("clientId", client, "channel", "VOICE"))
                                .toList(),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                32,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                10,
                                "minShiftHours",
                                4,
                                "maxShiftHours",
                                10,
                                "minRestHours",
                                11,
                                "maxConsecutiveDays",
                                5),
                        "availability",
                        availability))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.PlannerSteps.schedule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.support.Desk;
import org.openwfm.support.Teams;

/**
 * Sessions placed into a published week without changing any shift ({@code sessionsOnly}): every shift, with its
 * breaks, and every day off stay as published, sessions that must lie inside shifts go inside them, off break, and a
 * session the kept shifts cannot hold is reported with why. Client so-desk, agents SO1 and SO2, supervisor SO-S1 and
 * the week of 2028-03-13 are this class's alone.
 */
@QuarkusTest
class SessionsOnlyTest {

    @Inject
    RosterProblemBuilder builder;

    @Inject
    ShiftStore shiftStore;

    private static final String WEEK = "2028-03-13";

    @Test
    void sessionsGoIntoThePublishedShiftsAndNoShiftOrDayOffChanges() {
        // Open 08:00–16:00 UTC Monday to Wednesday, one agent needed; two agents who each work exactly one 8-hour
        // shift a week.
        as("planner")
                .body(Map.of(
                        "id",
                        "so-desk",
                        "name",
                        "Sessions Only Desk",
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "minAgents",
                                1,
                                "openingHours",
                                java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY")
                                        .map(day -> Map.of("dayOfWeek", day, "open", "08:00", "close", "16:00"))
                                        .toList()))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        // SO1 can work a shift on Monday only (its Wednesday morning is too short for one), SO2 on Wednesday only:
        // both are free on Wednesday morning, when only SO2 works.
        Map<String, List<Map<String, Object>>> hours = Map.of(
                "SO1",
                List.of(
                        Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "16:00"),
                        Map.of("dayOfWeek", "WEDNESDAY", "start", "08:00", "end", "12:00")),
                "SO2",
                Teams.hours("08:00", "16:00", "WEDNESDAY"));
        for (String id : List.of("SO1", "SO2")) {
            as("planner")
                    .body(Map.of(
                            "id",
                            id,
                            "name",
                            "Agent " + id,
                            "timeZone",
                            "UTC",
                            "certifications",
                            List.of(Map.of("clientId", "so-desk", "channel", "VOICE")),
                            "contract",
                            Map.of(
                                    "minWeeklyHours", 8,
                                    "maxWeeklyHours", 8,
                                    "maxDailyHours", 8,
                                    "minShiftHours", 8,
                                    "maxShiftHours", 8,
                                    "minRestHours", 11,
                                    "maxConsecutiveDays", 5),
                            "availability",
                            hours.get(id)))
                    .post("/api/v1/agents")
                    .then()
                    .statusCode(201);
        }
        Teams.supervisor("SO-S1", "UTC", Teams.weekdays("08:00", "16:00"));
        Teams.team("SO-T1", "SO-S1", "SO1", "SO2");

        String sessionsOnly = "{\"weekStart\":\"" + WEEK + "\",\"clientIds\":[\"so-desk\"],\"solveSeconds\":3,"
                + "\"sessionsOnly\":true}";
        as("planner")
                .body(sessionsOnly)
                .post("/api/v1/schedules")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("sessionsOnly: the week of 2028-03-13 has no published schedule for client so-desk;"
                                + " publish one before placing sessions on it"));

        long published = solve("{\"weekStart\":\"" + WEEK + "\",\"clientIds\":[\"so-desk\"],\"solveSeconds\":3}");
        as("planner").post("/api/v1/schedules/" + published + "/publish").then().statusCode(200);
        List<String> publishedShifts = shiftsWithBreaks(published);
        Map<String, Map<String, Object>> shiftOf = shiftByAgent(published);
        assertThat(shiftOf).containsOnlyKeys("SO1", "SO2");
        String so1Day = day(shiftOf.get("SO1"));
        String so2Day = day(shiftOf.get("SO2"));
        assertThat(so1Day).isEqualTo("2028-03-13");
        assertThat(so2Day).isEqualTo("2028-03-15");
        for (Map<String, Object> shift : shiftOf.values()) {
            assertThat((String) shift.get("start")).endsWith("T08:00:00Z");
            assertThat((String) shift.get("end")).endsWith("T16:00:00Z");
            assertThat((List<?>) shift.get("breaks")).isNotEmpty();
        }

        as("planner")
                .body("{\"weekStart\":\"" + WEEK + "\",\"clientIds\":[\"so-desk\"],\"sessionsOnly\":true,"
                        + "\"replanPublished\":true}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sessionsOnly"));

        // Booked after publishing: a meeting of both agents, who never work the same day, and coaching for each.
        activity("{\"kind\":\"TEAM_MEETING\",\"teamId\":\"SO-T1\",\"lengthMinutes\":30,\"window\":{\"days\":"
                + "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"],\"start\":\"08:00\",\"end\":\"16:00\"},"
                + "\"placement\":\"IN_SHIFT\",\"validFrom\":\"2028-03-13\",\"validUntil\":\"2028-03-19\"}");
        activity("{\"kind\":\"COACHING\",\"teamId\":\"SO-T1\",\"lengthMinutes\":30,\"window\":{\"days\":"
                + "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"],\"start\":\"10:00\",\"end\":\"14:00\"},"
                + "\"placement\":\"IN_SHIFT\",\"validFrom\":\"2028-03-13\",\"validUntil\":\"2028-03-19\"}");

        // The problem such a solve gets: every agent-day pinned, the two worked ones to their shifts and the other
        // twelve off; SO1's coaching only at starts inside its Monday shift, clear of its breaks.
        List<ScheduledShift> publishedWeek = shiftStore.publishedAround(LocalDate.parse(WEEK)).stream()
                .map(PublishedShift::shift)
                .toList();
        Roster kept = builder.build(
                        LocalDate.parse(WEEK), List.of("so-desk"), publishedWeek, List.of(), List.of(), false, true)
                .roster();
        assertThat(kept.getAssignments()).hasSize(14).allMatch(ShiftAssignment::isPinned);
        assertThat(kept.getAssignments().stream().filter(ShiftAssignment::isWorking))
                .extracting(ShiftAssignment::getId)
                .containsExactlyInAnyOrder("SO1/2028-03-13", "SO2/2028-03-15");
        ActivityAssignment so1Coaching = kept.getActivities().stream()
                .filter(a -> a.getName().equals("Coaching for SO1"))
                .findFirst()
                .orElseThrow();
        assertThat(so1Coaching.getStarts()).isNotEmpty();
        for (int start : so1Coaching.getStarts()) {
            assertThat(kept.instantOf(start)).isAfterOrEqualTo(Instant.parse("2028-03-13T10:00:00Z"));
            assertThat(kept.instantOf(start + 1)).isBeforeOrEqualTo(Instant.parse("2028-03-13T14:00:00Z"));
            for (Object pause : (List<?>) shiftOf.get("SO1").get("breaks")) {
                Map<?, ?> b = (Map<?, ?>) pause;
                assertThat(kept.instantOf(start + 1).isAfter(Instant.parse((String) b.get("start")))
                                && kept.instantOf(start).isBefore(Instant.parse((String) b.get("end"))))
                        .as("start %s clear of break %s", kept.instantOf(start), b)
                        .isFalse();
            }
        }
        RosterProblem replan = builder.build(
                LocalDate.parse(WEEK), List.of("so-desk"), publishedWeek, List.of(), List.of(), false, false);
        assertThat(replan.roster().getAssignments().stream().filter(day -> !day.isPinned()))
                .as("an ordinary re-plan pins only the published shifts")
                .hasSize(12);

        long placed = solve(sessionsOnly);

        JsonPath result = schedule(placed);
        assertThat(result.getBoolean("sessionsOnly")).isTrue();
        assertThat(result.getString("score")).startsWith("0hard/");
        assertThat(shiftsWithBreaks(placed)).containsExactlyInAnyOrderElementsOf(publishedShifts);
        Map<String, Map<String, Object>> after = shiftByAgent(placed);
        assertThat(day(after.get("SO1"))).isEqualTo(so1Day);
        assertThat(day(after.get("SO2"))).isEqualTo(so2Day);
        assertThat(result.getList("shifts")).as("no shift added on a day off").hasSize(2);

        List<Map<String, Object>> sessions = result.getList("activities");
        assertThat(sessions)
                .extracting(s -> s.get("name"))
                .containsExactlyInAnyOrder("Coaching for SO1", "Coaching for SO2");
        for (Map<String, Object> session : sessions) {
            String agent = ((List<?>) session.get("agentIds")).get(0).toString();
            Map<String, Object> shift = after.get(agent);
            Instant start = Instant.parse((String) session.get("start"));
            Instant end = Instant.parse((String) session.get("end"));
            assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(30));
            assertThat(start)
                    .as("inside the coaching window on %s's shift day", agent)
                    .isAfterOrEqualTo(Instant.parse(day(shift) + "T10:00:00Z"));
            assertThat(end).isBeforeOrEqualTo(Instant.parse(day(shift) + "T14:00:00Z"));
            assertThat(start).isAfterOrEqualTo(Instant.parse((String) shift.get("start")));
            assertThat(end).isBeforeOrEqualTo(Instant.parse((String) shift.get("end")));
            for (Object pause : (List<?>) shift.get("breaks")) {
                Map<?, ?> b = (Map<?, ?>) pause;
                boolean overlaps = start.isBefore(Instant.parse((String) b.get("end")))
                        && Instant.parse((String) b.get("start")).isBefore(end);
                assertThat(overlaps)
                        .as("%s's coaching clear of its break %s", agent, b)
                        .isFalse();
            }
        }
        assertThat(result.getList("unplacedActivities.name")).containsExactly("Team meeting of Team SO-T1");
        assertThat(result.getString("unplacedActivities[0].reason"))
                .isEqualTo("SO1 is on no published shift, off break, for 30 minutes at a time its people are all"
                        + " available in Mon–Wed 08:00–16:00 (the week's shifts are kept as published)");

        as("planner")
                .post("/api/v1/schedules/" + placed + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertThat(shiftsWithBreaks(placed)).containsExactlyInAnyOrderElementsOf(publishedShifts);
    }

    private static void activity(String body) {
        as("planner").body(body).post("/api/v1/activities").then().statusCode(201);
    }

    @Test
    void sessionsOnlyForPartOfAPublishedSchedulesClientsIsRefusedBeforeAnyJob() {
        Desk.open("so-pair-a", 24, "MONDAY 08:00-16:00");
        Desk.open("so-pair-b", 24, "MONDAY 08:00-16:00");
        String week = "2028-03-27";
        long pair = solve(
                "{\"weekStart\":\"" + week + "\",\"clientIds\":[\"so-pair-a\",\"so-pair-b\"]," + "\"solveSeconds\":1}");
        as("planner").post("/api/v1/schedules/" + pair + "/publish").then().statusCode(200);
        int jobsBefore = jobsOfWeek(week);

        as("planner")
                .body("{\"weekStart\":\"" + week + "\",\"clientIds\":[\"so-pair-a\"],\"sessionsOnly\":true}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("sessionsOnly: published schedule " + pair + " plans so-pair-a, so-pair-b; place"
                                + " sessions for all of its clients at once"));
        assertThat(jobsOfWeek(week)).as("no job queued").isEqualTo(jobsBefore);
    }

    private static int jobsOfWeek(String week) {
        return as("planner")
                .queryParam("weekStart", week)
                .get("/api/v1/schedules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    private static long solve(String body) {
        long id = as("planner")
                .body(body)
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "SOLVED".equals(schedule(id).getString("status")));
        return id;
    }

    private static Map<String, Map<String, Object>> shiftByAgent(long id) {
        List<Map<String, Object>> shifts = schedule(id).getList("shifts");
        return shifts.stream().collect(Collectors.toMap(s -> (String) s.get("agentId"), s -> s));
    }

    private static String day(Map<String, Object> shift) {
        return ((String) shift.get("start")).substring(0, 10);
    }

    private static List<String> shiftsWithBreaks(long id) {
        List<Map<String, Object>> shifts = schedule(id).getList("shifts");
        return shifts.stream()
                .map(s -> s.get("agentId") + " " + s.get("clientId") + " " + s.get("channel") + " " + s.get("start")
                        + " " + s.get("end") + " breaks " + s.get("breaks"))
                .toList();
    }
}

package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.PlannerSteps.schedule;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.problem.RosterProblemBuilder;

/** Published shifts are a commitment: re-plans keep them, and other clients' schedules work around them. */
@QuarkusTest
class ReplanTest {

    @Inject
    RosterProblemBuilder problems;

    @Test
    void aReplanKeepsEveryPublishedShiftAndReplacesTheOldSchedule() {
        long first = solve("{\"weekStart\":\"2027-02-01\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        as("planner").post("/api/v1/schedules/" + first + "/publish").then().statusCode(200);
        List<String> published = shiftsWithBreaks(first);

        long replan = solve("{\"weekStart\":\"2027-02-01\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");

        assertThat(published).isNotEmpty().anyMatch(shift -> shift.contains("breaks [{"));
        assertThat(shiftsWithBreaks(replan)).containsAll(published);
        as("planner")
                .post("/api/v1/schedules/" + replan + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("planner")
                .get("/api/v1/schedules/" + first)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("message", equalTo("Superseded by schedule " + replan));
    }

    @Test
    void aReplanKeepsEveryPublishedSessionWherePublishingPutIt() {
        // Supervisor S1 coaches two New York bank agents in the week of 2027-06-07 only (the sample's sessions come
        // too).
        as("planner")
                .body("{\"kind\":\"COACHING\",\"agentIds\":[\"A017\",\"A059\"],\"supervisorId\":\"S1\","
                        + "\"lengthMinutes\":30,\"window\":{\"days\":[\"TUESDAY\",\"WEDNESDAY\"],"
                        + "\"start\":\"12:00\",\"end\":\"15:00\"},\"placement\":\"IN_SHIFT\","
                        + "\"validFrom\":\"2027-06-07\",\"validUntil\":\"2027-06-13\"}")
                .post("/api/v1/activities")
                .then()
                .statusCode(201);
        long first = solve("{\"weekStart\":\"2027-06-07\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        List<String> sessions = sessionTimes(first);
        as("planner").post("/api/v1/schedules/" + first + "/publish").then().statusCode(200);

        long replan = solve("{\"weekStart\":\"2027-06-07\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");

        assertThat(sessions)
                .filteredOn(
                        session -> session.startsWith("Coaching for A017 ") || session.startsWith("Coaching for A059 "))
                .isNotEmpty();
        assertThat(sessionTimes(replan)).containsExactlyElementsOf(sessions);
    }

    @Test
    void aReplanOfPublishedWorkMayMoveAPublishedSessionWhichIsOtherwisePinned() {
        // Supervisor PZ-S coaches PZA1 on Tuesday 10:00–12:00 UTC; the coaching was published at 11:00.
        tuesdayClient("pz-a");
        tuesdayAgent("PZA1", "pz-a");
        org.openwfm.support.Teams.supervisor(
                "PZ-S", "UTC", org.openwfm.support.Teams.hours("10:00", "12:00", "TUESDAY"));
        long activity = as("planner")
                .body("{\"kind\":\"COACHING\",\"agentIds\":[\"PZA1\"],\"supervisorId\":\"PZ-S\","
                        + "\"lengthMinutes\":30,\"window\":{\"days\":[\"TUESDAY\"],\"start\":\"10:00\",\"end\":\"12:00\"},"
                        + "\"placement\":\"IN_SHIFT\",\"validFrom\":\"2028-08-21\",\"validUntil\":\"2028-08-27\"}")
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String key = activity + "/PZA1";
        Instant eleven = Instant.parse("2028-08-22T11:00:00Z");
        List<ScheduledActivity> published = List.of(new ScheduledActivity(
                key,
                "Coaching for PZA1",
                ScheduledActivity.COACHING,
                "PZ-S",
                "Supervisor PZ-S",
                null,
                List.of("PZA1"),
                eleven,
                eleven.plusSeconds(1800)));
        LocalDate week = LocalDate.parse("2028-08-21");

        RosterProblem kept = problems.build(week, List.of("pz-a"), List.of(), published, false);
        RosterProblem replanned = problems.build(week, List.of("pz-a"), List.of(), published, true);

        ActivityAssignment pinned = session(kept, key);
        assertThat(pinned.isPinned()).isTrue();
        assertThat(kept.roster().instantOf(pinned.getStart())).isEqualTo(eleven);
        ActivityAssignment free = session(replanned, key);
        assertThat(free.isPinned()).isFalse();
        assertThat(free.getStart()).isNull();
        assertThat(free.getStarts().stream().map(replanned.roster()::instantOf))
                .as("every start of the window is open to it again")
                .containsExactly(
                        Instant.parse("2028-08-22T10:00:00Z"),
                        Instant.parse("2028-08-22T10:30:00Z"),
                        eleven,
                        Instant.parse("2028-08-22T11:30:00Z"));
    }

    private static ActivityAssignment session(RosterProblem problem, String key) {
        return problem.roster().getActivities().stream()
                .filter(session -> session.getId().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScheduleForOtherClientsWorksAroundPublishedShifts() {
        long bank = solve("{\"weekStart\":\"2027-02-15\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        as("planner").post("/api/v1/schedules/" + bank + "/publish").then().statusCode(200);

        long others = solve("{\"weekStart\":\"2027-02-15\",\"clientIds\":[\"retail\",\"telecom\"],\"solveSeconds\":4}");

        List<Map<String, Object>> union = new ArrayList<>(schedule(bank).getList("shifts"));
        union.addAll(schedule(others).getList("shifts"));
        List<String> violations = new IndependentShiftCheck(
                        as("planner")
                                .get("/api/v1/agents")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("$"),
                        as("planner")
                                .get("/api/v1/clients")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("$"))
                .violations(union);
        // The solver sees the bank's shifts as taken time and weekly hours; days in a row across the two
        // schedules are left to publishing (see README), which must then refuse the second one.
        assertThat(violations).filteredOn(v -> !v.contains("days in a row")).isEmpty();
        as("planner")
                .post("/api/v1/schedules/" + others + "/publish")
                .then()
                .statusCode(violations.isEmpty() ? 200 : 409);
        // The other clients' schedule may not replace the bank's published one.
        as("planner").get("/api/v1/schedules/" + bank).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void publishingRefusesASecondScheduleThatDoubleBooksAnAgent() {
        // One agent, certified for two clients, who can only work Monday 09:00–17:00: both solves give it that shift.
        for (String client : List.of("solo-a", "solo-b")) {
            as("planner")
                    .body(Map.of(
                            "id",
                            client,
                            "name",
                            client,
                            "timeZone",
                            "UTC",
                            "channels",
                            List.of(Map.of(
                                    "channel",
                                    "VOICE",
                                    "minAgents",
                                    1,
                                    "openingHours",
                                    List.of(Map.of("dayOfWeek", "MONDAY", "open", "09:00", "close", "17:00"))))))
                    .post("/api/v1/clients")
                    .then()
                    .statusCode(201);
        }
        Map<String, Object> contract = Map.of(
                "minWeeklyHours",
                0,
                "maxWeeklyHours",
                40,
                "maxDailyHours",
                8,
                "minShiftHours",
                8,
                "maxShiftHours",
                8,
                "minRestHours",
                11,
                "maxConsecutiveDays",
                5);
        as("planner")
                .body(Map.of(
                        "id",
                        "SOLO",
                        "name",
                        "Solo Agent",
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(
                                Map.of("clientId", "solo-a", "channel", "VOICE"),
                                Map.of("clientId", "solo-b", "channel", "VOICE")),
                        "contract",
                        contract,
                        "availability",
                        List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00"))))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);

        long first = solve("{\"weekStart\":\"2027-03-01\",\"clientIds\":[\"solo-a\"],\"solveSeconds\":2}");
        long second = solve("{\"weekStart\":\"2027-03-01\",\"clientIds\":[\"solo-b\"],\"solveSeconds\":2}");
        assertThat(shifts(first)).containsExactly("SOLO solo-a VOICE 2027-03-01T09:00:00Z 2027-03-01T17:00:00Z");
        assertThat(shifts(second)).containsExactly("SOLO solo-b VOICE 2027-03-01T09:00:00Z 2027-03-01T17:00:00Z");

        as("planner").post("/api/v1/schedules/" + first + "/publish").then().statusCode(200);
        as("planner")
                .post("/api/v1/schedules/" + second + "/publish")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("would double-book, crowd or overwork agents"));
        as("planner").get("/api/v1/schedules/" + second).then().body("status", equalTo("SOLVED"));
    }

    @Test
    void publishingRefusesASecondScheduleThatPutsASupervisorInTwoSessionsAtOnceAndARePlanWorksAroundIt() {
        // Two clients open Tuesday 09:00–17:00 UTC, one agent each; supervisor PX-S is free Tuesday 10:00–10:30 only
        // and coaches both agents then: each client's schedule, solved before the other is published, takes it.
        for (String client : List.of("px-a", "px-b")) {
            tuesdayClient(client);
        }
        tuesdayAgent("PXA1", "px-a");
        tuesdayAgent("PXB1", "px-b");
        org.openwfm.support.Teams.supervisor(
                "PX-S", "UTC", org.openwfm.support.Teams.hours("10:00", "10:30", "TUESDAY"));
        as("planner")
                .body("{\"kind\":\"COACHING\",\"agentIds\":[\"PXA1\",\"PXB1\"],\"supervisorId\":\"PX-S\","
                        + "\"lengthMinutes\":30,\"window\":{\"days\":[\"TUESDAY\"],\"start\":\"10:00\",\"end\":\"10:30\"},"
                        + "\"placement\":\"IN_SHIFT\",\"validFrom\":\"2028-08-07\",\"validUntil\":\"2028-08-13\"}")
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        long first = solve("{\"weekStart\":\"2028-08-07\",\"clientIds\":[\"px-a\"],\"solveSeconds\":2}");
        long second = solve("{\"weekStart\":\"2028-08-07\",\"clientIds\":[\"px-b\"],\"solveSeconds\":2}");
        assertThat(sessionTimes(first)).containsExactly("Coaching for PXA1 2028-08-08T10:00:00Z–2028-08-08T10:30:00Z");
        assertThat(sessionTimes(second)).containsExactly("Coaching for PXB1 2028-08-08T10:00:00Z–2028-08-08T10:30:00Z");

        as("planner").post("/api/v1/schedules/" + first + "/publish").then().statusCode(200);
        as("planner")
                .post("/api/v1/schedules/" + second + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("Schedule " + second + " would put people in two sessions at once, or place a session"
                                + " again, with published schedules: supervisor PX-S in Coaching for PXB1"
                                + " 2028-08-08T10:00:00Z–2028-08-08T10:30:00Z and in Coaching for PXA1"
                                + " 2028-08-08T10:00:00Z–2028-08-08T10:30:00Z of published schedule " + first
                                + "; re-plan the week"));
        // Nothing written: the second schedule is still only solved, and its agent has no published week.
        as("planner").get("/api/v1/schedules/" + second).then().body("status", equalTo("SOLVED"));
        as("planner").get("/api/v1/schedules/" + first).then().body("status", equalTo("PUBLISHED"));
        as("planner")
                .queryParam("weekStart", "2028-08-07")
                .get("/api/v1/agents/PXB1/schedule")
                .then()
                .statusCode(200)
                .body("shifts.size()", equalTo(0))
                .body("activities.size()", equalTo(0));

        // Planned again now, the other client's schedule sees the published coaching as the supervisor's taken time.
        long again = solve("{\"weekStart\":\"2028-08-07\",\"clientIds\":[\"px-b\"],\"solveSeconds\":2}");
        assertThat(sessionTimes(again)).isEmpty();
        assertThat(schedule(again).<String>getList("unplacedActivities.sentence"))
                .containsExactly("Coaching for PXB1: PXB1 and supervisor PX-S share no free half-hour on Tue"
                        + " 10:00–10:30 outside sessions published in other schedules: supervisor PX-S in Coaching for"
                        + " PXA1");
        as("planner").post("/api/v1/schedules/" + again + "/publish").then().statusCode(200);
    }

    @Test
    void publishingRefusesASecondScheduleThatPushesAnAgentOverItsDailyMaximum() {
        // Two clients open four hours apart on Monday; alone each 4-hour shift fits a 6-hour day, together they do not.
        Map<String, String> hours = Map.of("day-a", "06:00-10:00", "day-b", "18:00-22:00");
        hours.forEach((client, span) -> as("planner")
                .body(Map.of(
                        "id",
                        client,
                        "name",
                        client,
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "minAgents",
                                1,
                                "openingHours",
                                List.of(Map.of(
                                        "dayOfWeek",
                                        "MONDAY",
                                        "open",
                                        span.substring(0, 5),
                                        "close",
                                        span.substring(6)))))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201));
        as("planner")
                .body(Map.of(
                        "id",
                        "SPLIT",
                        "name",
                        "Split Day",
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(
                                Map.of("clientId", "day-a", "channel", "VOICE"),
                                Map.of("clientId", "day-b", "channel", "VOICE")),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                0,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                6,
                                "minShiftHours",
                                4,
                                "maxShiftHours",
                                4,
                                "minRestHours",
                                1,
                                "maxConsecutiveDays",
                                5),
                        "availability",
                        List.of(Map.of("dayOfWeek", "MONDAY", "start", "06:00", "end", "22:00"))))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);

        long morning = solve("{\"weekStart\":\"2027-03-15\",\"clientIds\":[\"day-a\"],\"solveSeconds\":2}");
        long evening = solve("{\"weekStart\":\"2027-03-15\",\"clientIds\":[\"day-b\"],\"solveSeconds\":2}");
        assertThat(shifts(morning)).hasSize(1);
        assertThat(shifts(evening)).hasSize(1);

        as("planner").post("/api/v1/schedules/" + morning + "/publish").then().statusCode(200);
        as("planner")
                .post("/api/v1/schedules/" + evening + "/publish")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        org.hamcrest.Matchers.containsString(
                                "SPLIT would work 8.0 h on 2027-03-15, above its 6.0 h a day"));
    }

    @Test
    void aShiftMayRunThroughTheSeamOfTwoTouchingAvailabilityWindows() {
        as("planner")
                .body(Map.of(
                        "id",
                        "night-desk",
                        "name",
                        "Night Desk",
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "minAgents",
                                1,
                                "openingHours",
                                List.of(
                                        Map.of("dayOfWeek", "MONDAY", "open", "22:00", "close", "24:00"),
                                        Map.of("dayOfWeek", "TUESDAY", "open", "00:00", "close", "06:00"))))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        Map<String, Object> eightHourShifts = Map.of(
                "minWeeklyHours",
                0,
                "maxWeeklyHours",
                40,
                "maxDailyHours",
                8,
                "minShiftHours",
                8,
                "maxShiftHours",
                8,
                "minRestHours",
                11,
                "maxConsecutiveDays",
                5);
        as("planner")
                .body(Map.of(
                        "id",
                        "OWL",
                        "name",
                        "Night Owl",
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(Map.of("clientId", "night-desk", "channel", "VOICE")),
                        "contract",
                        eightHourShifts,
                        "availability",
                        List.of(
                                Map.of("dayOfWeek", "MONDAY", "start", "22:00", "end", "24:00"),
                                Map.of("dayOfWeek", "TUESDAY", "start", "00:00", "end", "06:00"))))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);

        long night = solve("{\"weekStart\":\"2027-03-29\",\"clientIds\":[\"night-desk\"],\"solveSeconds\":2}");

        assertThat(shifts(night)).containsExactly("OWL night-desk VOICE 2027-03-29T22:00:00Z 2027-03-30T06:00:00Z");
    }

    @Test
    void anAgentAvailableAroundTheClockWorksOnSeveralDays() {
        as("planner")
                .body(Map.of(
                        "id",
                        "always-open",
                        "name",
                        "Always Open",
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of("channel", "VOICE", "minAgents", 1))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        List<Map<String, String>> everyDay = java.util.stream.Stream.of(
                        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .map(day -> Map.of("dayOfWeek", day, "start", "00:00", "end", "24:00"))
                .toList();
        as("planner")
                .body(Map.of(
                        "id",
                        "ROUND",
                        "name",
                        "Round the Clock",
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(Map.of("clientId", "always-open", "channel", "VOICE")),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                0,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                8,
                                "minShiftHours",
                                8,
                                "maxShiftHours",
                                8,
                                "minRestHours",
                                11,
                                "maxConsecutiveDays",
                                5),
                        "availability",
                        everyDay))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);

        long week = solve("{\"weekStart\":\"2027-04-12\",\"clientIds\":[\"always-open\"],\"solveSeconds\":3}");

        // Joined availability must not fold the week into Monday: five 8-hour shifts fill the 40 hours.
        assertThat(shifts(week)).hasSize(5);
    }

    /** A client in UTC whose VOICE channel is open Tuesday 09:00–17:00 for one agent. */
    private static void tuesdayClient(String id) {
        as("planner")
                .body(Map.of(
                        "id",
                        id,
                        "name",
                        id,
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "minAgents",
                                1,
                                "openingHours",
                                List.of(Map.of("dayOfWeek", "TUESDAY", "open", "09:00", "close", "17:00"))))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
    }

    /** An agent in UTC, certified for the client, free Tuesday 09:00–17:00 for one 8-hour shift. */
    private static void tuesdayAgent(String id, String clientId) {
        as("planner")
                .body(Map.of(
                        "id",
                        id,
                        "name",
                        "Agent " + id,
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(Map.of("clientId", clientId, "channel", "VOICE")),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                0,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                8,
                                "minShiftHours",
                                8,
                                "maxShiftHours",
                                8,
                                "minRestHours",
                                11,
                                "maxConsecutiveDays",
                                5),
                        "availability",
                        List.of(Map.of("dayOfWeek", "TUESDAY", "start", "09:00", "end", "17:00"))))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
    }

    /** Each placed session as "name start–end", in the schedule's order. */
    private static List<String> sessionTimes(long id) {
        return schedule(id).<Map<String, Object>>getList("activities").stream()
                .map(a -> a.get("name") + " " + a.get("start") + "–" + a.get("end"))
                .toList();
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

    /** Shifts with their breaks: a kept published shift keeps its breaks too. */
    private static List<String> shiftsWithBreaks(long id) {
        List<Map<String, Object>> shifts = schedule(id).getList("shifts");
        return shifts.stream()
                .map(s -> s.get("agentId") + " " + s.get("clientId") + " " + s.get("channel") + " " + s.get("start")
                        + " " + s.get("end") + " breaks " + s.get("breaks"))
                .toList();
    }

    private static List<String> shifts(long id) {
        List<Map<String, Object>> shifts = schedule(id).getList("shifts");
        return shifts.stream()
                .map(s -> s.get("agentId") + " " + s.get("clientId") + " " + s.get("channel") + " " + s.get("start")
                        + " " + s.get("end"))
                .toList();
    }
}

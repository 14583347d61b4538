package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleJobTest {

    @Inject
    ScheduleStore store;

    @Inject
    SolveQueue queue;

    @Inject
    EntityManager em;

    @Test
    void solvesTheSampleWeekWithItsMeetingsCoachingAndTrainingIntoAFeasibleScheduleWithKpisAndPublishesIt() {
        long id = submit(
                "{\"weekStart\":\"2026-12-07\",\"clientIds\":[\"retail\",\"telecom\",\"bank\"],\"solveSeconds\":30}");

        JsonPath schedule = awaitStatus(id, "SOLVED", Duration.ofSeconds(120));

        assertThat(schedule.getString("score")).startsWith("0hard");
        assertThat(schedule.getString("solvedBy")).isEqualTo("test-node");
        List<Map<String, Object>> shifts = schedule.getList("shifts");
        assertThat(shifts).hasSizeGreaterThan(300);
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
                .violations(shifts);
        assertThat(violations).isEmpty();
        List<Map<String, Object>> sessions = schedule.getList("activities");
        // Activities other test classes define may fall in the week too; the sample's own are judged here.
        List<String> sampleIds = as("planner")
                .get("/api/v1/activities")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.createdBy == 'sample-data' }.id", Object.class)
                .stream()
                .map(String::valueOf)
                .toList();
        java.util.function.Predicate<Map<String, Object>> ofSample =
                a -> sampleIds.contains(((String) a.get("key")).split("[/#]")[0]);
        assertThat(schedule.<Map<String, Object>>getList("unplacedActivities"))
                .as("sample sessions left out, each with its reason")
                .filteredOn(ofSample)
                .isEmpty();
        // The sample's eight teams each meet and have every member coached; eight agents take a two-session training.
        List<Map<String, Object>> sampleSessions =
                sessions.stream().filter(ofSample).toList();
        assertThat(sampleSessions)
                .filteredOn(a -> a.get("kind").equals("TEAM_MEETING"))
                .hasSize(8);
        assertThat(sampleSessions)
                .filteredOn(a -> a.get("kind").equals("TRAINING"))
                .hasSize(2);
        assertThat(sampleSessions)
                .filteredOn(a -> a.get("kind").equals("COACHING"))
                .hasSize(100);
        // Whether a session must lie in shifts is its definition's placement (IN_SHIFT or MAY_EXTEND_SHIFT).
        Map<String, Boolean> inShiftByActivity = new java.util.HashMap<>();
        as("planner")
                .get("/api/v1/activities")
                .then()
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .forEach(a -> inShiftByActivity.put(
                        String.valueOf(a.get("id")), a.get("placement").equals("IN_SHIFT")));
        // Sessions whose definition another test has deleted since the solve are left out: their placement is unknown.
        List<Map<String, Object>> defined = sessions.stream()
                .filter(a -> inShiftByActivity.containsKey(((String) a.get("key")).split("[/#]")[0]))
                .toList();
        Map<String, Boolean> inShift = new java.util.HashMap<>();
        defined.forEach(a -> {
            String key = (String) a.get("key");
            inShift.put(key, inShiftByActivity.get(key.split("[/#]")[0]));
        });
        assertThat(new IndependentActivityCheck(shifts).violations(defined, inShift))
                .isEmpty();
        assertThat(schedule.getDouble("kpis.coverage")).isBetween(0.5, 1.0);
        assertThat(schedule.getDouble("kpis.overstaffing")).isBetween(0.0, 0.5);
        // Paid: every shift, and the time a supervisor who is also an agent (S4, agent A075) spends in sessions off
        // shift.
        assertThat(schedule.getDouble("kpis.paidHours"))
                .isEqualTo(
                        paidHours(shifts) + sessionHoursOffShift(shifts, sessions),
                        org.assertj.core.api.Assertions.within(1e-6));
        assertThat(schedule.getList("kpis.byClientChannel")).hasSize(4);
        // Sample agents with an odd number (A001, A003, ...) state preferred hours; the others do not. Agents other
        // test classes certified for the sample clients are in the week too, and are left out here.
        List<Map<String, Object>> byAgent = schedule.<Map<String, Object>>getList("kpis.byAgent").stream()
                .filter(a -> ((String) a.get("agentId")).matches("A\\d{3}"))
                .toList();
        assertThat(byAgent)
                .filteredOn(a -> Integer.parseInt(((String) a.get("agentId")).substring(1)) % 2 == 1)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(((Number) a.get("preferencesMet")).doubleValue())
                        .isBetween(0.0, 1.0));
        assertThat(byAgent)
                .filteredOn(a -> Integer.parseInt(((String) a.get("agentId")).substring(1)) % 2 == 0)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("preferencesMet")).isNull());

        List<Map<String, Object>> coverage = as("planner")
                .queryParams("clientId", "retail", "channel", "VOICE")
                .get("/api/v1/schedules/" + id + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(coverage).hasSize(336);
        double scheduledRetailVoiceIntervals = coverage.stream()
                .mapToDouble(c -> ((Number) c.get("scheduled")).doubleValue())
                .sum();
        // Coverage counts an agent away while on a break or in a session.
        assertThat(scheduledRetailVoiceIntervals)
                .isCloseTo(
                        presentAgentIntervals(shifts, sessions, "retail", "VOICE"),
                        org.assertj.core.api.Assertions.within(1e-3))
                .isLessThan(presentAgentIntervals(shifts, List.of(), "retail", "VOICE"));
        assertThat(shifts)
                .filteredOn(s -> minutes(s) > 6 * 60)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(breakMinutes(s)).contains(30L));
        assertThat(shifts)
                .allSatisfy(s -> assertThat(breakMinutes(s))
                        .hasSize((minutes(s) > 6 * 60 ? 1 : 0) + (int) (minutes(s) / (4 * 60))));

        JsonPath explanation = as("planner")
                .get("/api/v1/schedules/" + id + "/explanation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(explanation.getString("score")).isEqualTo(schedule.getString("score"));
        assertThat(explanation.getInt("unmatchedShifts")).isZero();
        List<Map<String, Object>> gaps = explanation.getList("items");
        assertThat(gaps)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.get("kind")).isEqualTo("GAP"));
        Map<String, Object> saleDayGap = gaps.stream()
                .filter(g -> g.get("clientId").equals("retail")
                        && g.get("channel").equals("VOICE")
                        && ((String) g.get("start")).startsWith("2026-12-09"))
                .findFirst()
                .orElseThrow();
        assertThat((String) saleDayGap.get("sentence"))
                // Agents the sessions of its worst interval take away are named: ", 1 of them in coaching for A017".
                .matches("Wed \\d\\d:\\d\\d–\\d\\d:\\d\\d retail VOICE is (up to )?\\d+ agents? short"
                        + "(, \\d+ of them in .+?)?: .+");

        as("planner")
                .post("/api/v1/schedules/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as("planner").post("/api/v1/schedules/" + id + "/publish").then().statusCode(409);
    }

    @Test
    void aCoachingWhoseAgentAndSupervisorShareNoHourIsLeftOutWithThePlannersSentence() {
        // PYC1 is free Wednesday 09:00–12:00 UTC and supervisor PY-S 13:00–17:00: each fits the window, never together.
        as("planner")
                .body(Map.of(
                        "id",
                        "py-c",
                        "name",
                        "py-c",
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "minAgents",
                                1,
                                "openingHours",
                                List.of(Map.of("dayOfWeek", "WEDNESDAY", "open", "09:00", "close", "12:00"))))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        as("planner")
                .body(Map.of(
                        "id",
                        "PYC1",
                        "name",
                        "Agent PYC1",
                        "timeZone",
                        "UTC",
                        "certifications",
                        List.of(Map.of("clientId", "py-c", "channel", "VOICE")),
                        "contract",
                        Map.of(
                                "minWeeklyHours",
                                0,
                                "maxWeeklyHours",
                                40,
                                "maxDailyHours",
                                8,
                                "minShiftHours",
                                3,
                                "maxShiftHours",
                                8,
                                "minRestHours",
                                11,
                                "maxConsecutiveDays",
                                5),
                        "availability",
                        List.of(Map.of("dayOfWeek", "WEDNESDAY", "start", "09:00", "end", "12:00"))))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
        org.openwfm.support.Teams.supervisor(
                "PY-S", "UTC", org.openwfm.support.Teams.hours("13:00", "17:00", "WEDNESDAY"));
        as("planner")
                .body(
                        "{\"kind\":\"COACHING\",\"agentIds\":[\"PYC1\"],\"supervisorId\":\"PY-S\","
                                + "\"lengthMinutes\":60,\"window\":{\"days\":[\"WEDNESDAY\"],\"start\":\"09:00\",\"end\":\"17:00\"},"
                                + "\"placement\":\"MAY_EXTEND_SHIFT\",\"validFrom\":\"2028-08-28\",\"validUntil\":\"2028-09-03\"}")
                .post("/api/v1/activities")
                .then()
                .statusCode(201);

        long id = submit("{\"weekStart\":\"2028-08-28\",\"clientIds\":[\"py-c\"],\"solveSeconds\":2}");
        JsonPath schedule = awaitStatus(id, "SOLVED", Duration.ofSeconds(60));

        String sentence = "Coaching for PYC1: PYC1 and supervisor PY-S share no available hour on Wed 09:00–17:00";
        assertThat(schedule.getList("activities")).isEmpty();
        assertThat(schedule.<Map<String, Object>>getList("unplacedActivities"))
                .singleElement()
                .satisfies(left -> assertThat(left)
                        .containsEntry("kind", "COACHING")
                        .containsEntry("name", "Coaching for PYC1")
                        .containsEntry(
                                "reason", "PYC1 and supervisor PY-S share no available hour on Wed 09:00–17:00"));
        assertThat(schedule.getString("unplacedActivities[0].sentence")).isEqualTo(sentence);
        List<Map<String, Object>> explained = as("planner")
                .get("/api/v1/schedules/" + id + "/explanation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(explained)
                .filteredOn(item -> "ACTIVITY".equals(item.get("kind")))
                .extracting(item -> item.get("sentence"))
                .containsExactly(sentence);
    }

    @Test
    void aWeekWithTheFallDstChangeIsScheduledInEveryAgentsOwnZone() {
        // New York and Chicago fall back on Sunday 2026-11-01; Phoenix agents do not.
        long id = submit("{\"weekStart\":\"2026-10-26\",\"clientIds\":[\"retail\"],\"solveSeconds\":10}");

        JsonPath schedule = awaitStatus(id, "SOLVED", Duration.ofSeconds(90));

        List<Map<String, Object>> shifts = schedule.getList("shifts");
        assertThat(schedule.getString("score")).startsWith("0hard");
        assertThat(shifts)
                .anyMatch(s -> ((String) s.get("start")).startsWith("2026-11-01T1")); // Sunday after the change
        assertThat(new IndependentShiftCheck(
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
                        .violations(shifts))
                .isEmpty();
        List<Map<String, Object>> coverage = as("planner")
                .queryParams("clientId", "retail", "channel", "VOICE")
                .get("/api/v1/schedules/" + id + "/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(coverage).hasSize(7 * 48 + 2);
    }

    @Test
    void stoppingASolveKeepsTheBestScheduleSoFar() {
        long id = submit("{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"bank\"],\"solveSeconds\":120}");
        awaitStatus(id, "SOLVING", Duration.ofSeconds(60));
        // A stop before the solver has a schedule keeps none: wait for the first one (its score is written).
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        as("planner").get("/api/v1/schedules/" + id).jsonPath().getString("score") != null);

        as("planner").delete("/api/v1/schedules/" + id).then().statusCode(200);

        JsonPath stopped = awaitStatus(id, "CANCELLED", Duration.ofSeconds(30));
        assertThat(stopped.getString("message")).contains("best schedule found so far is kept");
        assertThat(stopped.getList("shifts")).isNotEmpty();
        assertThat(stopped.getList("shifts.clientId", String.class)).containsOnly("bank");
    }

    /**
     * What a replica does when Quartz hands it the job of a replica that died mid-solve: it goes on from the
     * stored best schedule with the solve time left, and closes the job SOLVED under its own name.
     */
    @Test
    void aJobWhoseReplicaDiedIsTakenOverAndSolvedUnderThisReplicasName() {
        long id = submit("{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"bank\"],\"solveSeconds\":4}");
        awaitStatus(id, "SOLVED", Duration.ofSeconds(60));
        int storedShifts = as("planner")
                .get("/api/v1/schedules/" + id)
                .jsonPath()
                .getList("shifts")
                .size();
        QuarkusTransaction.requiringNew().run(() -> {
            // As the record stands when its replica dies: solving, under that replica's name, a best schedule
            // stored; its Quartz job is handed to this replica.
            em.createNativeQuery("update schedule set status = 'SOLVING', solved_by = 'dead-node', finished_at = null"
                            + " where id = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            queue.enqueue(id);
        });

        JsonPath done = awaitStatus(id, "SOLVED", Duration.ofSeconds(60));
        assertThat(done.getString("solvedBy")).isEqualTo("test-node");
        assertThat(done.getString("message"))
                .isEqualTo("Taken over by test-node after dead-node stopped while solving");
        assertThat(done.getList("shifts")).hasSizeGreaterThanOrEqualTo(storedShifts / 2);
    }

    @Test
    void refusesBadRequestsWithTheirReason() {
        as("planner")
                .body("{\"weekStart\":\"2026-12-01\"}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("weekStart"));
        as("planner")
                .body("{\"weekStart\":\"2026-11-30\",\"solveSeconds\":0}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("solveSeconds"));
        as("planner")
                .body("{\"weekStart\":\"2026-11-30\",\"clientIds\":[\"nobody\"]}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("clientIds[0]"));
        as("planner")
                .body("{\"weekStart\":\"30/11/2026\"}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(400);
        as("planner").get("/api/v1/schedules/999999").then().statusCode(404);
        as("forecaster")
                .body("{\"weekStart\":\"2026-11-30\"}")
                .post("/api/v1/schedules")
                .then()
                .statusCode(403);
        as("planner")
                .get("/api/v1/schedules?weekStart=soon")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("is not a date"));
    }

    private static long submit(String body) {
        return as("planner")
                .body(body)
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/schedules/"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath awaitStatus(long id, String status, Duration within) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status.equals(as("planner")
                        .get("/api/v1/schedules/" + id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("status")));
        return as("planner")
                .get("/api/v1/schedules/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double paidHours(List<Map<String, Object>> shifts) {
        return shifts.stream()
                .mapToDouble(
                        s -> (java.time.Instant.parse((String) s.get("end")).getEpochSecond()
                                        - java.time.Instant.parse((String) s.get("start"))
                                                .getEpochSecond())
                                / 3600.0)
                .sum();
    }

    /** Per attendee, the minutes of its sessions that none of its shifts holds, in hours. */
    private static double sessionHoursOffShift(List<Map<String, Object>> shifts, List<Map<String, Object>> sessions) {
        Map<String, java.util.Set<Long>> minutes = new java.util.HashMap<>();
        for (Map<String, Object> session : sessions) {
            for (Object agentId : (List<?>) session.get("agentIds")) {
                minutes.computeIfAbsent((String) agentId, k -> new java.util.HashSet<>())
                        .addAll(minutesOf(session));
            }
        }
        for (Map<String, Object> shift : shifts) {
            minutes.getOrDefault((String) shift.get("agentId"), new java.util.HashSet<>())
                    .removeAll(minutesOf(shift));
        }
        return minutes.values().stream().mapToInt(java.util.Set::size).sum() / 60.0;
    }

    private static java.util.Set<Long> minutesOf(Map<String, Object> span) {
        long start = java.time.Instant.parse((String) span.get("start")).getEpochSecond() / 60;
        long end = java.time.Instant.parse((String) span.get("end")).getEpochSecond() / 60;
        return java.util.stream.LongStream.range(start, end).boxed().collect(java.util.stream.Collectors.toSet());
    }

    /** Half-hours on shift and not on a break, summed over a channel's shifts. */
    private static double presentAgentIntervals(
            List<Map<String, Object>> shifts, List<Map<String, Object>> sessions, String clientId, String channel) {
        return shifts.stream()
                .filter(s ->
                        s.get("clientId").equals(clientId) && s.get("channel").equals(channel))
                .mapToDouble(s -> (minutes(s)
                                - breakMinutes(s).stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                - IndependentActivityCheck.sessionMinutesIn(s, sessions))
                        / 30.0)
                .sum();
    }

    private static long minutes(Map<String, Object> shift) {
        return (java.time.Instant.parse((String) shift.get("end")).getEpochSecond()
                        - java.time.Instant.parse((String) shift.get("start")).getEpochSecond())
                / 60;
    }

    private static List<Long> breakMinutes(Map<String, Object> shift) {
        List<Map<String, String>> breaks = (List<Map<String, String>>) shift.get("breaks");
        return breaks.stream()
                .map(b -> (java.time.Instant.parse(b.get("end")).getEpochSecond()
                                - java.time.Instant.parse(b.get("start")).getEpochSecond())
                        / 60)
                .toList();
    }
}

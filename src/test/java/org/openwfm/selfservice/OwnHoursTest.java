package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;
import org.openwfm.support.PlannerSteps;

/**
 * Availability and preferred hours an agent sets for itself: the week they apply from, who sees which hours in
 * which week, the history, the roles, and bad input. Agents (OH*) live in Phoenix (UTC-7 all year), desks (oh-*)
 * in UTC; weeks are counted from the service's clock.
 */
@QuarkusTest
class OwnHoursTest {

    private static final Map<String, Object> TUESDAY_AFTERNOONS = Map.of(
            "availability", List.of(window("TUESDAY", "13:00", "17:00")),
            "preferredHours", List.of(window("TUESDAY", "14:00", "16:00")));

    @Inject
    Clock clock;

    @Inject
    RosterProblemBuilder problems;

    @Test
    void aChangeAppliesFromTheFirstWeekPastTheNoticeAndTheStandingHoursStayUntilThen() {
        Desk.open("oh-notice", 24);
        Desk.agent("OH1", List.of("oh-notice"), "MONDAY 08:00-12:00");
        LocalDate expected = firstWeekPastNotice();

        JsonPath change =
                put("OH1", "OH1", TUESDAY_AFTERNOONS).statusCode(200).extract().jsonPath();

        assertThat(change.getString("agentId")).isEqualTo("OH1");
        assertThat(change.getString("effectiveFrom")).isEqualTo(expected.toString());
        assertThat(change.getString("changedBy")).isEqualTo("OH1");
        assertThat(Instant.parse(change.getString("changedAt")))
                .isBefore(clock.instant().plusSeconds(1));
        assertThat(hours(change, "availability")).containsExactly("TUESDAY 13:00-17:00");
        assertThat(hours(change, "preferredHours")).containsExactly("TUESDAY 14:00-16:00");
        // The agent record still shows the hours in effect now, and the change to come.
        JsonPath agent = as("planner")
                .get("/api/v1/agents/OH1")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(hours(agent, "availability")).containsExactly("MONDAY 08:00-12:00");
        assertThat(agent.getList("scheduledAvailability")).hasSize(1);
        assertThat(agent.getString("scheduledAvailability[0].effectiveFrom")).isEqualTo(expected.toString());
        assertThat(hours(agent, "scheduledAvailability[0].availability")).containsExactly("TUESDAY 13:00-17:00");
    }

    @Test
    void aWeekWithAPublishedScheduleForTheAgentsClientPushesTheChangeAWeekFurther() {
        Desk.open("oh-published", 24);
        Desk.agent("OH2", List.of("oh-published"), "MONDAY 08:00-12:00");
        LocalDate first = firstWeekPastNotice();
        put("OH2", "OH2", TUESDAY_AFTERNOONS).statusCode(200).body("effectiveFrom", equalTo(first.toString()));
        releaseHours(
                "oh-published",
                first.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(12 * 3600));

        put("OH2", "OH2", Map.of("availability", List.of(window("FRIDAY", "08:00", "16:00"))))
                .statusCode(200)
                .body("effectiveFrom", equalTo(first.plusWeeks(1).toString()));

        // The first change still applies in its week; the second from the week after.
        as("OH2")
                .get("/api/v1/agents/OH2/schedule?weekStart=" + first)
                .then()
                .statusCode(200)
                .body("availability.dayOfWeek", contains("TUESDAY"));
        as("OH2")
                .get("/api/v1/agents/OH2/schedule?weekStart=" + first.plusWeeks(1))
                .then()
                .statusCode(200)
                .body("availability.dayOfWeek", contains("FRIDAY"))
                .body("preferredHours", empty());
    }

    @Test
    void theRosterAndTheAgentsWeekSeeTheOldHoursBeforeTheEffectiveWeekAndTheNewFromIt() {
        Desk.open("oh-roster", 24);
        Desk.agent("OH3", List.of("oh-roster"), "MONDAY 08:00-12:00");
        LocalDate effective = LocalDate.parse(
                put("OH3", "OH3", TUESDAY_AFTERNOONS).statusCode(200).extract().path("effectiveFrom"));
        LocalDate before = effective.minusWeeks(1);

        // Phoenix is UTC-7: Monday 08:00–12:00 is 15:00–19:00 UTC, Tuesday 13:00–17:00 is 20:00–24:00 UTC.
        assertThat(available(before, "OH3"))
                .containsExactly(span(
                        before.atStartOfDay().plusHours(15),
                        before.atStartOfDay().plusHours(19)));
        assertThat(available(effective, "OH3"))
                .containsExactly(span(
                        effective.atStartOfDay().plusHours(44),
                        effective.atStartOfDay().plusHours(48)));
        assertThat(preferred(effective, "OH3"))
                .containsExactly(span(
                        effective.atStartOfDay().plusHours(45),
                        effective.atStartOfDay().plusHours(47)));
        as("OH3")
                .get("/api/v1/agents/OH3/schedule?weekStart=" + before)
                .then()
                .statusCode(200)
                .body("availability", contains(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "12:00")));
        as("planner")
                .get("/api/v1/agents/OH3/schedule?weekStart=" + effective)
                .then()
                .statusCode(200)
                .body("availability", contains(Map.of("dayOfWeek", "TUESDAY", "start", "13:00", "end", "17:00")))
                .body("preferredHours", contains(Map.of("dayOfWeek", "TUESDAY", "start", "14:00", "end", "16:00")));
    }

    @Test
    void aScheduleSolvedWithTheOldHoursIsNotPublishedOverTheNewOnes() {
        Desk desk = Desk.open("oh-publish", 24);
        Desk.agent("OH9", List.of("oh-publish"), "MONDAY 08:00-12:00");
        LocalDate week = firstWeekPastNotice();
        // Monday 08:00–12:00 Phoenix is 15:00–19:00 UTC.
        desk.forecast(week + "T15:00:00Z", 8, 10);
        long id = as("planner")
                .body(Map.of("weekStart", week.toString(), "clientIds", List.of("oh-publish"), "solveSeconds", 2))
                .post("/api/v1/schedules")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> "SOLVED".equals(PlannerSteps.schedule(id).getString("status")));
        assertThat(PlannerSteps.schedule(id).getList("shifts.agentId")).contains("OH9");

        put("OH9", "OH9", TUESDAY_AFTERNOONS).statusCode(200).body("effectiveFrom", equalTo(week.toString()));

        as("planner")
                .post("/api/v1/schedules/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("detail", containsString("lies outside OH9's availability"))
                .body("detail", containsString("re-plan the week"));
    }

    @Test
    void theHistoryListsEveryChangeNewestFirstWithWhoAndWhenAndALaterOneForTheSameWeekReplacesTheEarlier() {
        Desk.open("oh-history", 24);
        Desk.agent("OH4", List.of("oh-history"), "MONDAY 08:00-12:00");
        put("OH4", "OH4", TUESDAY_AFTERNOONS).statusCode(200);
        put("OH4", "planner", Map.of("availability", List.of(window("WEDNESDAY", "09:00", "15:00"))))
                .statusCode(200)
                .body("changedBy", equalTo("planner"));

        JsonPath history = as("OH4")
                .get("/api/v1/agents/OH4/availability/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .extract()
                .jsonPath();

        assertThat(history.getList("changedBy")).containsExactly("planner", "OH4");
        assertThat(Instant.parse(history.getString("[0].changedAt")))
                .isAfterOrEqualTo(Instant.parse(history.getString("[1].changedAt")));
        assertThat(history.getString("[0].replacedAt")).isNull();
        assertThat(history.getString("[1].replacedAt")).isNotNull();
        assertThat(history.getString("[0].effectiveFrom")).isEqualTo(history.getString("[1].effectiveFrom"));
        // Only the latest applies from that week on.
        LocalDate week = LocalDate.parse(history.getString("[0].effectiveFrom"));
        as("planner")
                .get("/api/v1/agents/OH4/schedule?weekStart=" + week)
                .then()
                .body("availability.dayOfWeek", contains("WEDNESDAY"));
        as("planner")
                .get("/api/v1/agents/OH4")
                .then()
                .body("scheduledAvailability", hasSize(1))
                .body("scheduledAvailability[0].availability.dayOfWeek", contains("WEDNESDAY"));
    }

    @Test
    void aPlannersEditOfTheAgentChangesTheStandingHoursAtOnceAndKeepsTheAgentsPendingChange() {
        Desk.open("oh-edit", 24);
        Desk.agent("OH5", List.of("oh-edit"), "MONDAY 08:00-12:00");
        LocalDate effective = LocalDate.parse(
                put("OH5", "OH5", TUESDAY_AFTERNOONS).statusCode(200).extract().path("effectiveFrom"));
        Map<String, Object> agent =
                as("planner").get("/api/v1/agents/OH5").then().extract().as(Map.class);
        agent.put("availability", List.of(window("THURSDAY", "06:00", "10:00")));

        as("planner")
                .body(agent)
                .put("/api/v1/agents/OH5")
                .then()
                .statusCode(200)
                .body("availability.dayOfWeek", contains("THURSDAY"))
                .body("scheduledAvailability[0].effectiveFrom", equalTo(effective.toString()));

        as("planner")
                .get("/api/v1/agents/OH5/schedule?weekStart=" + effective.minusWeeks(1))
                .then()
                .body("availability.dayOfWeek", contains("THURSDAY"));
        as("planner")
                .get("/api/v1/agents/OH5/schedule?weekStart=" + effective)
                .then()
                .body("availability.dayOfWeek", contains("TUESDAY"));
    }

    @Test
    void theAgentItselfAPlannerAndAnAdminMaySetTheHoursAndNobodyElse() {
        Desk.open("oh-roles", 24);
        Desk.agent("OH6", List.of("oh-roles"), "MONDAY 08:00-12:00");
        Desk.agent("OH7", List.of("oh-roles"), "MONDAY 08:00-12:00");

        put("OH6", "OH6", TUESDAY_AFTERNOONS).statusCode(200);
        put("OH6", "OH7", TUESDAY_AFTERNOONS).statusCode(403).body("detail", containsString("only act as itself"));
        put("OH6", "planner", TUESDAY_AFTERNOONS).statusCode(200);
        put("OH6", "admin", TUESDAY_AFTERNOONS).statusCode(200);
        put("OH6", Api.SUPERVISOR, TUESDAY_AFTERNOONS).statusCode(403);
        put("OH6", "forecaster", TUESDAY_AFTERNOONS).statusCode(403);
        signedOut()
                .body(TUESDAY_AFTERNOONS)
                .put("/api/v1/agents/OH6/availability")
                .then()
                .statusCode(401);

        String history = "/api/v1/agents/OH6/availability/history";
        as("OH6").get(history).then().statusCode(200).body("$", hasSize(3));
        as("planner").get(history).then().statusCode(200);
        as("admin").get(history).then().statusCode(200);
        as("OH7").get(history).then().statusCode(403);
        as(Api.SUPERVISOR).get(history).then().statusCode(403);
        as("forecaster").get(history).then().statusCode(403);
        signedOut().get(history).then().statusCode(401);
        as("OH6").get("/api/v1/agents/OH6/availability/history").then().body("changedBy", hasItem("admin"));
    }

    @Test
    void badHoursAreRefusedNamingTheFieldAndNothingIsWritten() {
        Desk.open("oh-bad", 24);
        Desk.agent("OH8", List.of("oh-bad"), "MONDAY 08:00-12:00");

        put("OH8", "OH8", Map.of("availability", List.of(window("MONDAY", "12:00", "09:00"))))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("availability[0].end"));
        put("OH8", "OH8", Map.of("availability", List.of(window("MONDAY", "09:15", "12:00"))))
                .statusCode(400)
                .body("errors.field", contains("availability[0].start"))
                .body("errors[0].message", containsString("30-minute grain"));
        put(
                        "OH8",
                        "OH8",
                        Map.of(
                                "availability",
                                List.of(window("MONDAY", "09:00", "12:00")),
                                "preferredHours",
                                List.of(window("MONDAY", "10:00", "11:45"))))
                .statusCode(400)
                .body("errors.field", contains("preferredHours[0].end"));
        put("OH8", "OH8", Map.of("availability", List.of(window("FUNDAY", "09:00", "12:00"))))
                .statusCode(400)
                .body("errors.field", hasItem(containsString("availability[0].dayOfWeek")));
        put("OH8", "OH8", Map.of("preferredHours", List.of()))
                .statusCode(400)
                .body("errors.field", contains("availability"));
        put("OH-NOBODY", "planner", TUESDAY_AFTERNOONS).statusCode(404);

        as("OH8")
                .get("/api/v1/agents/OH8/availability/history")
                .then()
                .statusCode(200)
                .body("$", empty());
        as("planner")
                .get("/api/v1/agents/OH8")
                .then()
                .body("scheduledAvailability", empty())
                .body("availability[0].start", equalTo("08:00"));
        as("planner")
                .get("/api/v1/agents/OH-NOBODY/availability/history")
                .then()
                .statusCode(404);
    }

    /** The Monday (in Phoenix) of the first week starting at least 7 days from now. */
    private LocalDate firstWeekPastNotice() {
        return EffectiveWeek.first(clock.instant(), Desk.AGENT_ZONE, Duration.ofDays(7), week -> false);
    }

    private static io.restassured.response.ValidatableResponse put(
            String agentId, String user, Map<String, Object> body) {
        return as(user).body(body)
                .put("/api/v1/agents/" + agentId + "/availability")
                .then();
    }

    private static io.restassured.specification.RequestSpecification signedOut() {
        return RestAssured.given().contentType(ContentType.JSON).header(Api.CLIENT_HEADER, "openwfm-test");
    }

    /** A planner's extra hours in the client's week: publishes an empty schedule for that week. */
    private static void releaseHours(String clientId, Instant start) {
        as("planner")
                .body(Map.of(
                        "clientId",
                        clientId,
                        "channel",
                        "VOICE",
                        "start",
                        start.toString(),
                        "end",
                        start.plusSeconds(7200).toString(),
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(201);
    }

    private List<TimeSpan> available(LocalDate week, String agentId) {
        Roster roster = problems.build(week, List.of("oh-roster")).roster();
        return spans(roster, planning(roster, agentId).available());
    }

    private List<TimeSpan> preferred(LocalDate week, String agentId) {
        Roster roster = problems.build(week, List.of("oh-roster")).roster();
        return spans(roster, planning(roster, agentId).preferred());
    }

    private static PlanningAgent planning(Roster roster, String agentId) {
        return roster.getAgents().stream()
                .filter(a -> a.id().equals(agentId))
                .findFirst()
                .orElseThrow();
    }

    private static List<TimeSpan> spans(Roster roster, List<IndexRange> ranges) {
        List<TimeSpan> spans = new ArrayList<>();
        ranges.forEach(r -> spans.add(new TimeSpan(roster.instantOf(r.start()), roster.instantOf(r.end()))));
        return spans;
    }

    private static TimeSpan span(java.time.LocalDateTime from, java.time.LocalDateTime to) {
        return new TimeSpan(from.toInstant(java.time.ZoneOffset.UTC), to.toInstant(java.time.ZoneOffset.UTC));
    }

    private static Map<String, String> window(String day, String start, String end) {
        return Map.of("dayOfWeek", day, "start", start, "end", end);
    }

    private static List<String> hours(JsonPath json, String path) {
        List<Map<String, String>> list = json.getList(path);
        return list.stream()
                .map(h -> h.get("dayOfWeek") + " " + h.get("start") + "-" + h.get("end"))
                .toList();
    }
}

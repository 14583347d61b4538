package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.openwfm.support.Desk.MONDAY;
import static org.openwfm.support.Desk.WEEK;
import static org.openwfm.support.Desk.agentSlots;
import static org.openwfm.support.Desk.asAgent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Desk;

/** Releasing claimed hours: with notice they reopen at once, without it the release is refused, and releasing late costs access. */
@QuarkusTest
class ReleasingTest {

    /** The service's clock: the notice is counted from it. */
    @Inject
    Clock clock;

    @Test
    void aReleaseOutsideTheNoticeWindowReopensItsHoursAtOnce() {
        Desk desk = Desk.open("ss-rel", 24, MONDAY);
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 2);
        String agent = desk.agent("SR1");
        long shift = desk.claim(agent, "2027-05-03T08:00:00Z", "2027-05-03T14:00:00Z", 201)
                .getLong("id");

        JsonPath released = asAgent(agent)
                .body(Map.of(
                        "shiftId",
                        shift,
                        "start",
                        "2027-05-03T12:00:00Z",
                        "end",
                        "2027-05-03T14:00:00Z",
                        "reason",
                        "school pickup"))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(released.getList("remaining.start")).containsExactly("2027-05-03T08:00:00Z");
        assertThat(released.getList("remaining.end")).containsExactly("2027-05-03T12:00:00Z");
        assertThat(desk.slots(WEEK).get("2027-05-03T12:00:00Z"))
                .containsEntry("openSeats", 2)
                .containsEntry("releasedSeats", 3)
                .containsEntry("claimedSeats", 1);
        assertThat(desk.openSeats(WEEK, "2027-05-03T11:30:00Z")).isEqualTo(1);
        Map<String, Object> logged = asAgent(agent)
                .get("/api/v1/agents/SR1/history")
                .then()
                .extract()
                .jsonPath()
                .getMap("[0]");
        assertThat(logged)
                .containsEntry("action", "RELEASE")
                .containsEntry("outcome", "DONE")
                .containsEntry("reason", "school pickup")
                .containsEntry("minutes", 120);

        // A 1-hour stub would be shorter than the agent's 2-hour minimum shift.
        asAgent(agent)
                .body(Map.of("shiftId", shift, "start", "2027-05-03T09:00:00Z", "end", "2027-05-03T10:00:00Z"))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(422)
                .body("errors[0].rule", equalTo("remaining shift length"))
                .body(
                        "errors[0].message",
                        equalTo("This would leave 1 h of your shift (Mon 2027-05-03 01:00–02:00), less than "
                                + "the 2 h minimum; release the whole shift or keep at least 2 h"));
        asAgent(agent)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/SR1/releases")
                .then()
                .statusCode(200)
                .body("remaining", org.hamcrest.Matchers.empty());
        assertThat(asAgent(agent)
                        .queryParam("weekStart", WEEK)
                        .get("/api/v1/agents/SR1/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts"))
                .isEmpty();
        assertThat(desk.openSeats(WEEK, "2027-05-03T08:00:00Z")).isEqualTo(2);
    }

    @Test
    void aReleaseInsideTheNoticeWindowIsRefusedWithTheReason() {
        Desk desk = Desk.open("ss-notice", 720, "MONDAY 16:00-20:00");
        // Next Monday, so the claim is still open (its cutoff is 30 min) yet the start is well inside the 720 h
        // notice, whatever day the tests run on. 16:00 UTC is 09:00 of the same Monday in Phoenix.
        LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant start = monday.atTime(16, 0).toInstant(ZoneOffset.UTC);
        Instant end = start.plus(Duration.ofHours(4));
        desk.release(start.toString(), end.toString(), 1);
        String agent = desk.agent("SN1");
        long shift = desk.claim(agent, start.toString(), end.toString(), 201).getLong("id");

        asAgent(agent)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/SN1/releases")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("release notice"))
                .body(
                        "errors[0].message",
                        startsWith("Releasing ss-notice VOICE hours needs 720 h notice: these hours start Mon " + monday
                                + " 09:00 your time, in "));

        assertThat(asAgent(agent)
                        .queryParam("weekStart", monday.toString())
                        .get("/api/v1/agents/SN1/schedule")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("shifts"))
                .hasSize(1);
        assertThat(desk.openSeats(monday.toString(), start.toString())).isZero();
        assertThat(asAgent(agent)
                        .get("/api/v1/agents/SN1/history")
                        .then()
                        .extract()
                        .jsonPath()
                        .getMap("[0]"))
                .containsEntry("action", "RELEASE")
                .containsEntry("outcome", "REFUSED");
    }

    @Test
    void agentsWhoReleaseLateSeeNewHoursAfterReliableOnes() {
        Desk desk = Desk.open("ss-tier", 1);
        Instant start = soonWithinOneWeek(Instant.now().plus(Duration.ofHours(2)), 6);
        desk.release(start.toString(), start.plus(Duration.ofHours(4)).toString(), 2);
        String late = desk.agent("ST1");
        String reliable = desk.agent("ST2");
        long shift = desk.claim(
                        late, start.toString(), start.plus(Duration.ofHours(2)).toString(), 201)
                .getLong("id");
        asAgent(late)
                .body(Map.of("shiftId", shift))
                .post("/api/v1/agents/ST1/releases")
                .then()
                .statusCode(200);

        asAgent(late)
                .get("/api/v1/agents/ST1/reliability")
                .then()
                .statusCode(200)
                .body("hoursKept", equalTo(0.0f))
                .body("hoursReleasedLate", equalTo(2.0f))
                .body("reliability", equalTo(0.0f))
                .body("accessTier", equalTo(3))
                .body("accessDelayMinutes", equalTo(60));
        String week = monday(start, Desk.AGENT_ZONE).toString();
        assertThat(agentSlots(late, week)).isEmpty();
        assertThat(agentSlots(reliable, week)).isNotEmpty();
        JsonPath refused = desk.claim(
                late, start.toString(), start.plus(Duration.ofHours(2)).toString(), 422);
        assertThat(refused.getList("errors.rule")).containsExactly("access window");
        assertThat(refused.getString("errors[0].message"))
                .startsWith("Newly opened hours reach access tier 3 after 1 h: these open " + "to you at ");
        desk.claim(reliable, start.toString(), start.plus(Duration.ofHours(2)).toString(), 201);
    }

    /**
     * The first whole hour after {@code from} such that {@code hours} more stay in one week both in UTC (the desk's
     * zone, where hours are released) and in Phoenix (the agent's zone, where the agent's open slots are listed).
     */
    static Instant soonWithinOneWeek(Instant from, int hours) {
        Instant start = from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        while (!sameWeek(start, hours, ZoneOffset.UTC) || !sameWeek(start, hours, Desk.AGENT_ZONE)) {
            start = start.plus(Duration.ofHours(1));
        }
        return start;
    }

    private static boolean sameWeek(Instant start, int hours, ZoneId zone) {
        Instant last = start.plus(Duration.ofHours(hours)).minusSeconds(1);
        return monday(start, zone).equals(monday(last, zone));
    }

    static LocalDate monday(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

package org.openwfm.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.shared.time.NewYorkDesk.agentOpenSlots;
import static org.openwfm.shared.time.NewYorkDesk.agentWeek;
import static org.openwfm.shared.time.NewYorkDesk.contract;
import static org.openwfm.shared.time.NewYorkDesk.release;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Claims and releases around New York's clock changes of 2027, by agents in Phoenix (UTC−7 all year).
 * Instants on the wire carry an offset, so a time written in New York's skipped hour (02:00–03:00 on
 * 2027-03-14) or repeated hour (01:00–02:00 on 2027-11-07) still names exactly one instant; only a
 * local time without an offset is ambiguous, and it is refused.
 */
@QuarkusTest
class DaylightSavingClaimTest {

    @Test
    void aClaimAcrossPhoenixMidnightAfterTheSpringChangeIsMondayMorningInNewYork() {
        NewYorkDesk desk = NewYorkDesk.open("dst-midnight", "SUNDAY 20:00-24:00", "MONDAY 00:00-05:00");
        desk.releaseSeats("2027-03-15T00:00:00Z", "2027-03-15T04:00:00Z", 1); // Sunday 20:00–24:00 EDT
        desk.releaseSeats("2027-03-15T04:00:00Z", "2027-03-15T09:00:00Z", 1); // Monday 00:00–05:00 EDT
        String agent = desk.agent("dst-midnight-phx", contract(2, 8));

        // Phoenix's week ends at 07:00Z (Monday 00:00 MST), three hours after New York's (04:00Z, Monday 00:00 EDT).
        assertThat(agentOpenSlots(agent, "2027-03-08"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-03-15T00:00:00Z",
                        "2027-03-15T00:30:00Z",
                        "2027-03-15T01:00:00Z",
                        "2027-03-15T01:30:00Z",
                        "2027-03-15T02:00:00Z",
                        "2027-03-15T02:30:00Z",
                        "2027-03-15T03:00:00Z",
                        "2027-03-15T03:30:00Z",
                        "2027-03-15T04:00:00Z",
                        "2027-03-15T04:30:00Z",
                        "2027-03-15T05:00:00Z",
                        "2027-03-15T05:30:00Z",
                        "2027-03-15T06:00:00Z",
                        "2027-03-15T06:30:00Z");
        assertThat(agentOpenSlots(agent, "2027-03-15"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-03-15T07:00:00Z", "2027-03-15T07:30:00Z", "2027-03-15T08:00:00Z", "2027-03-15T08:30:00Z");
        // 09:00Z is 05:00 EDT, when the channel closes (on a winter clock it would still be 04:00, open).
        desk.claim(agent, "2027-03-15T06:00:00Z", "2027-03-15T10:00:00Z")
                .statusCode(422)
                .body("errors.rule", equalTo(List.of("opening hours")))
                .body(
                        "errors[0].message",
                        equalTo("dst-midnight VOICE is closed at Mon 2027-03-15 05:00 (America/New_York)"));

        // Sunday 22:00 to Monday 02:00 in Phoenix, Monday 01:00–05:00 EDT in New York.
        desk.claim(agent, "2027-03-15T05:00:00Z", "2027-03-15T09:00:00Z")
                .statusCode(201)
                .header("Location", containsString("weekStart=2027-03-08"))
                .body("start", equalTo("2027-03-15T05:00:00Z"))
                .body("end", equalTo("2027-03-15T09:00:00Z"))
                .body("agentWeekStart", equalTo("2027-03-08"));

        JsonPath week = agentWeek(agent, "2027-03-08");
        assertThat(week.getString("timeZone")).isEqualTo("America/Phoenix");
        assertThat(week.getList("shifts.localStart")).containsExactly("2027-03-14T22:00:00-07:00");
        assertThat(week.getList("shifts.localEnd")).containsExactly("2027-03-15T02:00:00-07:00");
        assertThat(agentWeek(agent, "2027-03-15").getList("shifts")).isEmpty();
        // The seats it took are in New York's week of 2027-03-15: only Monday 00:00–01:00 EDT is left there.
        assertThat(desk.openSlots("2027-03-15"))
                .extracting(s -> s.get("start"))
                .containsExactly("2027-03-15T04:00:00Z", "2027-03-15T04:30:00Z");
    }

    @Test
    void aRangeAcrossNewYorksMidnightIsSplitWhereTheClientsWeekEndsInThatNightsOffset() {
        NewYorkDesk desk = NewYorkDesk.open("dst-weekend");
        String agent = desk.agent("dst-weekend-phx", contract(2, 8));

        // Monday 00:00 New York is 04:00Z after the spring change (EDT) and 05:00Z after the fall one (EST).
        desk.claim(agent, "2027-03-15T02:00:00Z", "2027-03-15T06:00:00Z")
                .statusCode(400)
                .body("errors[0].field", equalTo("end"))
                .body(
                        "errors[0].message",
                        equalTo("a range lies within one week of the client (Monday to Monday in "
                                + "America/New_York); split it at 2027-03-15T04:00:00Z"));
        desk.claim(agent, "2027-11-08T03:00:00Z", "2027-11-08T07:00:00Z")
                .statusCode(400)
                .body("errors[0].field", equalTo("end"))
                .body(
                        "errors[0].message",
                        equalTo("a range lies within one week of the client (Monday to Monday in "
                                + "America/New_York); split it at 2027-11-08T05:00:00Z"));
    }

    @Test
    void aClaimWrittenInTheSkippedSpringHourTakesTheInstantItsOffsetNames() {
        NewYorkDesk desk = NewYorkDesk.open("dst-gap", "SUNDAY 01:00-04:00");
        // 01:00 EST to 04:00 EDT: three hours on the wall clock, two in fact, so four half-hours.
        desk.releaseSeats("2027-03-14T01:00:00-05:00", "2027-03-14T04:00:00-04:00", 1);
        assertThat(desk.openSlots("2027-03-08"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-03-14T06:00:00Z", "2027-03-14T06:30:00Z", "2027-03-14T07:00:00Z", "2027-03-14T07:30:00Z");
        String agent = desk.agent("dst-gap-phx", contract(1, 8));

        // 02:00 never shows on a New York clock that night; with EST's offset it is 07:00Z, which is 03:00 EDT.
        desk.claim(agent, "2027-03-14T02:00:00-05:00", "2027-03-14T04:00:00-04:00")
                .statusCode(201)
                .body("start", equalTo("2027-03-14T07:00:00Z"))
                .body("end", equalTo("2027-03-14T08:00:00Z"));

        assertThat(localTimes(agent, "2027-03-08")).containsExactly("2027-03-14T00:00-07:00/2027-03-14T01:00-07:00");
        assertThat(desk.openSlots("2027-03-08"))
                .extracting(s -> s.get("start"))
                .containsExactly("2027-03-14T06:00:00Z", "2027-03-14T06:30:00Z");
    }

    @Test
    void aReleaseFromTheSkippedSpringHourGivesBackFromThreeNewYorkTime() {
        NewYorkDesk desk = NewYorkDesk.open("dst-gap-rel", "SUNDAY 00:00-06:00");
        desk.releaseSeats("2027-03-14T05:00:00Z", "2027-03-14T10:00:00Z", 1);
        String agent = desk.agent("dst-gap-rel-phx", contract(1, 8));
        long shift = desk.claim(agent, "2027-03-14T00:00:00-05:00", "2027-03-14T04:00:00-04:00")
                .statusCode(201)
                .body("end", equalTo("2027-03-14T08:00:00Z"))
                .extract()
                .jsonPath()
                .getLong("id");

        release(agent, shift, "2027-03-14T02:00:00-05:00")
                .statusCode(200)
                .body("releasedStart", equalTo("2027-03-14T07:00:00Z"))
                .body("releasedEnd", equalTo("2027-03-14T08:00:00Z"))
                .body("remaining.start", equalTo(List.of("2027-03-14T05:00:00Z")))
                .body("remaining.end", equalTo(List.of("2027-03-14T07:00:00Z")));

        // Saturday 22:00 to Sunday 00:00 in Phoenix; in New York from 00:00 EST up to the jump (02:00 EST = 03:00 EDT).
        assertThat(localTimes(agent, "2027-03-08")).containsExactly("2027-03-13T22:00-07:00/2027-03-14T00:00-07:00");
        assertThat(desk.openSlots("2027-03-08"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-03-14T07:00:00Z",
                        "2027-03-14T07:30:00Z",
                        "2027-03-14T08:00:00Z",
                        "2027-03-14T08:30:00Z",
                        "2027-03-14T09:00:00Z",
                        "2027-03-14T09:30:00Z");
    }

    @Test
    void theTwoRepeatedFallHoursAreTwoSetsOfSeatsTellApartByTheirOffsets() {
        NewYorkDesk desk = NewYorkDesk.open("dst-fold", "SUNDAY 00:00-03:00");
        // 00:00 EDT to 03:00 EST: three hours on the wall clock, four in fact, so eight half-hours.
        desk.releaseSeats("2027-11-07T00:00:00-04:00", "2027-11-07T03:00:00-05:00", 1);
        assertThat(desk.openSlots("2027-11-01"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-11-07T04:00:00Z",
                        "2027-11-07T04:30:00Z",
                        "2027-11-07T05:00:00Z",
                        "2027-11-07T05:30:00Z",
                        "2027-11-07T06:00:00Z",
                        "2027-11-07T06:30:00Z",
                        "2027-11-07T07:00:00Z",
                        "2027-11-07T07:30:00Z");
        // A New Yorker's own week shows which of the two 01:00s each shift has; a Phoenix agent's needs no telling.
        String first = desk.agentIn("America/New_York", "dst-fold-first", contract(1, 8));
        String second = desk.agent("dst-fold-second", contract(1, 8));

        // 01:00–02:00 EDT, then 01:00–02:00 EST: each takes the only seat of its own hour.
        desk.claim(first, "2027-11-07T01:00:00-04:00", "2027-11-07T01:00:00-05:00")
                .statusCode(201)
                .body("start", equalTo("2027-11-07T05:00:00Z"))
                .body("end", equalTo("2027-11-07T06:00:00Z"));
        desk.claim(second, "2027-11-07T01:00:00-05:00", "2027-11-07T02:00:00-05:00")
                .statusCode(201)
                .body("start", equalTo("2027-11-07T06:00:00Z"))
                .body("end", equalTo("2027-11-07T07:00:00Z"));
        // 01:00 EST is the second agent's hour, whatever the first agent's 01:00 was.
        desk.claim(first, "2027-11-07T01:00:00-05:00", "2027-11-07T01:30:00-05:00")
                .statusCode(409)
                .body("detail", containsString("at 2027-11-07T06:00:00Z any more"));

        assertThat(localTimes(first, "2027-11-01")).containsExactly("2027-11-07T01:00-04:00/2027-11-07T01:00-05:00");
        assertThat(localTimes(second, "2027-11-01")).containsExactly("2027-11-06T23:00-07:00/2027-11-07T00:00-07:00");
        assertThat(desk.openSlots("2027-11-01"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-11-07T04:00:00Z", "2027-11-07T04:30:00Z", "2027-11-07T07:00:00Z", "2027-11-07T07:30:00Z");
    }

    @Test
    void aReleaseFromTheSecondRepeatedFallHourKeepsTheFirst() {
        NewYorkDesk desk = NewYorkDesk.open("dst-fold-rel", "SUNDAY 00:00-03:00");
        desk.releaseSeats("2027-11-07T04:00:00Z", "2027-11-07T08:00:00Z", 1);
        String agent = desk.agent("dst-fold-rel-phx", contract(1, 8));
        long shift = desk.claim(agent, "2027-11-07T00:00:00-04:00", "2027-11-07T03:00:00-05:00")
                .statusCode(201)
                .body("start", equalTo("2027-11-07T04:00:00Z"))
                .body("end", equalTo("2027-11-07T08:00:00Z"))
                .extract()
                .jsonPath()
                .getLong("id");

        release(agent, shift, "2027-11-07T01:00:00-05:00")
                .statusCode(200)
                .body("releasedStart", equalTo("2027-11-07T06:00:00Z"))
                .body("remaining.start", equalTo(List.of("2027-11-07T04:00:00Z")))
                .body("remaining.end", equalTo(List.of("2027-11-07T06:00:00Z")));

        // 00:00 EDT up to the second 01:00 (EST) in New York; Saturday 21:00–23:00 in Phoenix.
        assertThat(localTimes(agent, "2027-11-01")).containsExactly("2027-11-06T21:00-07:00/2027-11-06T23:00-07:00");
        assertThat(desk.openSlots("2027-11-01"))
                .extracting(s -> s.get("start"))
                .containsExactly(
                        "2027-11-07T06:00:00Z", "2027-11-07T06:30:00Z", "2027-11-07T07:00:00Z", "2027-11-07T07:30:00Z");
    }

    @Test
    void aLocalTimeWithoutAnOffsetInTheSkippedOrRepeatedHourIsRefusedNamingTheField() {
        NewYorkDesk desk = NewYorkDesk.open("dst-bare");
        desk.releaseSeats("2027-11-07T04:00:00Z", "2027-11-07T08:00:00Z", 1);
        String agent = desk.agent("dst-bare-phx", contract(1, 8));
        String expected =
                " is not an ISO-8601 instant with an offset in the years 1970 to 9999, such as 2026-11-30T13:00:00Z";

        desk.claim(agent, "2027-03-14T02:30:00", "2027-03-14T04:00:00-04:00")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("start"))
                .body("errors[0].message", equalTo("'2027-03-14T02:30:00'" + expected));
        desk.claim(agent, "2027-11-07T00:00:00-04:00", "2027-11-07T01:30:00")
                .statusCode(400)
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", equalTo("'2027-11-07T01:30:00'" + expected));
        long shift = desk.claim(agent, "2027-11-07T04:00:00Z", "2027-11-07T08:00:00Z")
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        release(agent, shift, "2027-11-07T01:30:00")
                .statusCode(400)
                .body("errors[0].field", equalTo("start"))
                .body("errors[0].message", equalTo("'2027-11-07T01:30:00'" + expected));

        assertThat(agentWeek(agent, "2027-11-01").getList("shifts.end")).containsExactly("2027-11-07T08:00:00Z");
        assertThat(desk.openSlots("2027-11-01")).isEmpty();
    }

    /** The agent's published week as "localStart/localEnd" in its own zone (seconds left out when zero). */
    private static List<String> localTimes(String agentId, String weekStart) {
        List<Map<String, Object>> shifts = agentWeek(agentId, weekStart).getList("shifts");
        return shifts.stream()
                .map(s -> OffsetDateTime.parse((String) s.get("localStart")) + "/"
                        + OffsetDateTime.parse((String) s.get("localEnd")))
                .toList();
    }
}

package org.openwfm.selfservice.trade;

import static org.openwfm.support.Api.as;
import static org.openwfm.support.Desk.asAgent;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;
import org.openwfm.support.PlannerSteps;

/**
 * A VOICE desk of the trade tests (client in UTC, open around the clock) in the week of {@link #WEEK}, which no other
 * test uses, with agents in Phoenix (UTC−7) who claim shifts there: a published week of their own to trade in.
 */
final class TradeDesk {

    /** The trade tests' week: Monday 2028-05-01 (UTC for the desks, from 07:00 UTC for the Phoenix agents). */
    static final String WEEK = "2028-05-01";

    final String clientId;

    private TradeDesk(String clientId) {
        this.clientId = clientId;
    }

    /** A desk with 24 h notice whose trades need no approval, with {@code seats} seats released all week. */
    static TradeDesk open(String clientId, int seats) {
        return open(clientId, seats, 24, false);
    }

    static TradeDesk open(String clientId, int seats, int releaseNoticeHours, boolean tradesNeedApproval) {
        as("planner")
                .body(Map.of(
                        "id",
                        clientId,
                        "name",
                        "Trade desk " + clientId,
                        "timeZone",
                        "UTC",
                        "channels",
                        List.of(Map.of(
                                "channel",
                                "VOICE",
                                "releaseNoticeHours",
                                releaseNoticeHours,
                                "tradesNeedApproval",
                                tradesNeedApproval))))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        TradeDesk desk = new TradeDesk(clientId);
        if (seats > 0) {
            PlannerSteps.releaseSeats(clientId, "2028-05-01T00:00:00Z", "2028-05-08T00:00:00Z", seats);
        }
        return desk;
    }

    /** An agent certified for this desk, available around the clock, on the tests' usual contract. */
    String agent(String agentId) {
        return agent(agentId, List.of(clientId), Map.of(), allWeek(), List.of());
    }

    /**
     * An agent in Phoenix with a user to sign in as.
     *
     * @param contractChanges hours that differ from the usual 2–8 h shifts, 8 h a day, 40 h a week, 8 h rest, 6 days
     */
    static String agent(
            String agentId,
            List<String> certifiedFor,
            Map<String, Object> contractChanges,
            List<Map<String, String>> availability,
            List<Map<String, String>> timeOff) {
        Map<String, Object> contract = new HashMap<>(Map.of(
                "minWeeklyHours", 0,
                "maxWeeklyHours", 40,
                "maxDailyHours", 8,
                "minShiftHours", 2,
                "maxShiftHours", 8,
                "minRestHours", 8,
                "maxConsecutiveDays", 6));
        contract.putAll(contractChanges);
        as("planner")
                .body(Map.of(
                        "id",
                        agentId,
                        "name",
                        "Trader " + agentId,
                        "timeZone",
                        Desk.AGENT_ZONE.getId(),
                        "certifications",
                        certifiedFor.stream()
                                .map(c -> Map.of("clientId", c, "channel", "VOICE"))
                                .toList(),
                        "contract",
                        contract,
                        "availability",
                        availability,
                        "timeOff",
                        timeOff))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
        as("admin")
                .body(Map.of("password", Desk.PASSWORD, "role", "agent", "agentId", agentId))
                .put("/api/v1/users/" + agentId)
                .then()
                .statusCode(200);
        return agentId;
    }

    static List<Map<String, String>> allWeek() {
        return Stream.of(DayOfWeek.values())
                .map(day -> Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "24:00"))
                .toList();
    }

    /** The agent claims the hours (UTC) on this desk: its published shift's id. */
    long shift(String agentId, String start, String end) {
        return Desk.claim(agentId, clientId, start, end, 201).getLong("id");
    }

    /** The agent claims the hours, answering with the claimed shift. */
    JsonPath claim(String agentId, String start, String end) {
        return Desk.claim(agentId, clientId, start, end, 201);
    }

    static ValidatableResponse offer(String agentId, Map<String, Object> body) {
        return asAgent(agentId)
                .body(body)
                .post("/api/v1/agents/" + agentId + "/trades")
                .then()
                .log()
                .ifValidationFails();
    }

    /** The agent offers hours of its shift to anyone certified: the trade's id. */
    static long offered(String agentId, long shiftId, String start, String end) {
        return offer(agentId, Map.of("shiftId", shiftId, "start", start, "end", end))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static ValidatableResponse accept(String agentId, long tradeId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("agentId", agentId);
        return asAgent(agentId)
                .body(body)
                .post("/api/v1/trades/" + tradeId + "/accept")
                .then()
                .log()
                .ifValidationFails();
    }

    static ValidatableResponse accept(String agentId, long tradeId) {
        return accept(agentId, tradeId, Map.of());
    }

    /** The agent's published shifts in the tests' week, as "start–end" in UTC, by start. */
    static List<String> shifts(String agentId) {
        List<Map<String, Object>> shifts = as(Api.PLANNER)
                .queryParam("weekStart", WEEK)
                .get("/api/v1/agents/" + agentId + "/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        return shifts.stream()
                .map(s -> s.get("start") + "–" + s.get("end") + " " + s.get("clientId"))
                .sorted()
                .toList();
    }

    /** How many of the agents' shifts cover each half-hour of the week, per client. */
    static Map<String, Integer> coverage(String... agentIds) {
        Map<String, Integer> covered = new TreeMap<>();
        for (String agentId : agentIds) {
            for (String shift : shifts(agentId)) {
                String[] parts = shift.split("[– ]");
                for (Instant t = Instant.parse(parts[0]);
                        t.isBefore(Instant.parse(parts[1]));
                        t = t.plusSeconds(1800)) {
                    covered.merge(t + " " + parts[2], 1, Integer::sum);
                }
            }
        }
        return covered;
    }

    /** The desk's seat ledger in the week: each interval's open, released and claimed seats, filled ones too. */
    Map<String, List<Object>> ledger() {
        List<Map<String, Object>> slots = as("planner")
                .queryParams("weekStart", WEEK, "clientId", clientId, "includeFilled", true)
                .get("/api/v1/open-slots")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, List<Object>> byStart = new TreeMap<>();
        for (Map<String, Object> slot : slots) {
            List<Object> seats = new ArrayList<>();
            seats.add(slot.get("openSeats"));
            seats.add(slot.get("releasedSeats"));
            seats.add(slot.get("claimedSeats"));
            byStart.put((String) slot.get("start"), seats);
        }
        return byStart;
    }
}

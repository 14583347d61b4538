package org.openwfm.support;

import static org.openwfm.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Supervisors, agents and teams made through the API for the tests of teams and activities, and row counts. */
public final class Teams {

    private Teams() {}

    /** Weekly hours on the given days, the same span each day. */
    public static List<Map<String, Object>> hours(String start, String end, String... days) {
        return java.util.Arrays.stream(days)
                .map(d -> Map.<String, Object>of("dayOfWeek", d, "start", start, "end", end))
                .toList();
    }

    public static List<Map<String, Object>> weekdays(String start, String end) {
        return hours(start, end, "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    }

    public static Map<String, Object> supervisorBody(String id, String zone, List<Map<String, Object>> availability) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Supervisor " + id);
        body.put("timeZone", zone);
        body.put("availability", availability);
        return body;
    }

    /** A supervisor in New York who works weekdays 08:00–18:00. */
    public static void supervisor(String id) {
        supervisor(id, "America/New_York", weekdays("08:00", "18:00"));
    }

    public static void supervisor(String id, String zone, List<Map<String, Object>> availability) {
        as("planner")
                .body(supervisorBody(id, zone, availability))
                .post("/api/v1/supervisors")
                .then()
                .statusCode(201);
    }

    /** An agent with the given weekly hours in its zone (certified for retail VOICE). */
    public static void agent(String id, String zone, List<Map<String, Object>> availability) {
        Map<String, Object> agent = new HashMap<>(Api.agentCertifiedFor(id, "retail"));
        agent.put("timeZone", zone);
        agent.put("availability", availability);
        as("planner").body(agent).post("/api/v1/agents").then().statusCode(201);
    }

    /** An agent in New York who works weekdays 08:00–17:00. */
    public static void agent(String id) {
        agent(id, "America/New_York", weekdays("08:00", "17:00"));
    }

    public static void team(String id, String supervisorId, String... members) {
        as("planner")
                .body(Map.of("id", id, "name", "Team " + id, "supervisorId", supervisorId, "members", List.of(members)))
                .post("/api/v1/teams")
                .then()
                .statusCode(201);
    }

    /** How many rows the table holds now, read in a transaction of its own. */
    public static long rows(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) CDI.current()
                                .select(EntityManager.class)
                                .get()
                                .createNativeQuery("select count(*) from " + table)
                                .getSingleResult())
                        .longValue());
    }
}

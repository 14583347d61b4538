package org.openwfm.hostile;

import static org.openwfm.support.Api.as;

import java.util.Map;
import org.openwfm.support.Api;

/**
 * What some cases need to reach the checks behind a lookup: agent {@code hx-agent} (signing in as user
 * {@code hx-agent}, password {@link Api#TEST_USER_PASSWORD}) holding one published shift, Tuesday 2031-03-04 14:00–20:00 UTC
 * on retail VOICE (09:00–15:00 in New York), claimed from seats a planner opened. 2031 is a week no other test
 * uses. Made once per run, before the first case; cases name the shift as {@code {shiftId}}.
 */
final class HostileFixture {

    static final String AGENT = "hx-agent";
    private static Map<String, String> placeholders;

    private HostileFixture() {}

    static synchronized Map<String, String> placeholders() {
        if (placeholders == null) {
            placeholders = Map.of("{shiftId}", String.valueOf(claimOneShift()));
        }
        return placeholders;
    }

    /** Replaces each placeholder, quoted ("{shiftId}" becomes a JSON number) or not. */
    static String resolve(String text) {
        String resolved = text;
        for (var entry : placeholders().entrySet()) {
            resolved = resolved.replace("\"" + entry.getKey() + "\"", entry.getValue())
                    .replace(entry.getKey(), entry.getValue());
        }
        return resolved;
    }

    private static long claimOneShift() {
        as(Api.PLANNER)
                .body(Api.agentCertifiedFor(AGENT, "retail"))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
        as(Api.ADMIN)
                .body(Map.of("password", Api.TEST_USER_PASSWORD, "role", "agent", "agentId", AGENT))
                .put("/api/v1/users/" + AGENT)
                .then()
                .statusCode(200);
        as(Api.PLANNER)
                .body(Map.of(
                        "clientId",
                        "retail",
                        "channel",
                        "VOICE",
                        "start",
                        "2031-03-04T14:00:00Z",
                        "end",
                        "2031-03-04T20:00:00Z",
                        "seats",
                        1))
                .post("/api/v1/open-slots")
                .then()
                .statusCode(201);
        return io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(AGENT, Api.TEST_USER_PASSWORD)
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .contentType("application/json")
                .body(Map.of(
                        "clientId",
                        "retail",
                        "channel",
                        "VOICE",
                        "start",
                        "2031-03-04T14:00:00Z",
                        "end",
                        "2031-03-04T20:00:00Z"))
                .post("/api/v1/agents/" + AGENT + "/claims")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}

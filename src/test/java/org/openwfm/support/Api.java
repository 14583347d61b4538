package org.openwfm.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Requests as the demo users of the sample data, and small fixtures with intent-revealing names. */
public final class Api {

    public static final String PLANNER = "planner";
    public static final String FORECASTER = "forecaster";
    public static final String ADMIN = "admin";
    /** A sample agent; every sample agent's password is "agent". */
    public static final String AGENT = "A001";
    /** A sample supervisor's user (S1's); demo supervisors sign in with their own name as password. */
    public static final String SUPERVISOR = "s1";
    /** The header every change must carry (see CrossSiteRequestGuard); API clients send any value. */
    public static final String CLIENT_HEADER = "X-Requested-With";

    private Api() {}

    /** The password tests give the users they create (long enough for the service's minimum). */
    public static final String TEST_USER_PASSWORD = "test-user-password";

    /** Demo staff and supervisors sign in with their own name, demo agents with "agent", users a test made with {@link #TEST_USER_PASSWORD}. */
    public static String passwordOf(String username) {
        if (List.of(PLANNER, FORECASTER, ADMIN).contains(username) || username.matches("s\\d")) {
            return username;
        }
        return username.matches("A\\d{3}") ? "agent" : TEST_USER_PASSWORD;
    }

    public static RequestSpecification as(String username) {
        String password = passwordOf(username);
        return given().auth()
                .preemptive()
                .basic(username, password)
                .contentType(ContentType.JSON)
                .header(CLIENT_HEADER, "openwfm-test");
    }

    /** No credentials and no anti-forgery header: what a form or link on another site sends. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A client open on weekdays 08:00–20:00 with one channel and default coverage rules. */
    public static Map<String, Object> clientWithVoice(String id) {
        return Map.of(
                "id",
                id,
                "name",
                "Client " + id,
                "timeZone",
                "America/New_York",
                "channels",
                List.of(Map.of(
                        "channel",
                        "VOICE",
                        "openingHours",
                        List.of(
                                Map.of("dayOfWeek", "MONDAY", "open", "08:00", "close", "20:00"),
                                Map.of("dayOfWeek", "TUESDAY", "open", "08:00", "close", "20:00")))));
    }

    /** A full-time agent in Phoenix, certified for the given client's VOICE channel. */
    public static Map<String, Object> agentCertifiedFor(String id, String clientId) {
        return Map.of(
                "id",
                id,
                "name",
                "Agent " + id,
                "timeZone",
                "America/Phoenix",
                "certifications",
                List.of(Map.of("clientId", clientId, "channel", "VOICE")),
                "contract",
                fullTimeContract(),
                "availability",
                List.of(Map.of("dayOfWeek", "MONDAY", "start", "08:00", "end", "17:00")),
                "timeOff",
                List.of());
    }

    public static Map<String, Object> fullTimeContract() {
        return Map.of(
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
                5);
    }
}

package org.openwfm.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;

/** Preferences: the defaults, a save read back, each bad field named, and who may read and write them. */
@QuarkusTest
class NotificationPreferencesTest {

    @Test
    void anAgentWithoutSavedPreferencesGetsEverythingInTheAppAndNoEmail() {
        String agent = Desk.agent("NTS1", List.of());
        Desk.asAgent(agent)
                .get("/api/v1/agents/" + agent + "/notification-preferences")
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("inApp", is(true))
                .body("byEmail", is(false))
                .body("scheduleChanges", is(true))
                .body("tradeOffers", is(true))
                .body("requestDecisions", is(true))
                .body("openSeats.enabled", is(true))
                .body("openSeats.channels.size()", is(0))
                .body("openSeats.days.size()", is(7))
                .body("openSeats.from", is("00:00"))
                .body("openSeats.to", is("24:00"))
                .body("openSeats.minMinutes", is(0));
    }

    @Test
    void savedPreferencesAreReadBackAsSaved() {
        Desk desk = Desk.open("ntf-prefs", 24, "MONDAY 08:00-16:00");
        String agent = desk.agent("NTS2");
        Inboxes.prefer(
                agent,
                Map.of(
                        "email",
                        " nts2@example.org ",
                        "byEmail",
                        true,
                        "tradeOffers",
                        false,
                        "openSeats",
                        Map.of(
                                "channels",
                                List.of(Map.of("clientId", "ntf-prefs", "channel", "VOICE")),
                                "days",
                                List.of("friday", "MONDAY"),
                                "from",
                                "07:30",
                                "to",
                                "24:00",
                                "minMinutes",
                                120)));

        Desk.asAgent(agent)
                .get("/api/v1/agents/" + agent + "/notification-preferences")
                .then()
                .statusCode(200)
                .body("email", is("nts2@example.org"));
        // A planner reads the choices but not the agent's own address.
        Api.as(Api.PLANNER)
                .get("/api/v1/agents/" + agent + "/notification-preferences")
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("byEmail", is(true))
                .body("tradeOffers", is(false))
                .body("scheduleChanges", is(true))
                .body("openSeats.channels[0].clientId", is("ntf-prefs"))
                .body("openSeats.channels[0].channel", is("VOICE"))
                .body("openSeats.days", contains("MONDAY", "FRIDAY"))
                .body("openSeats.from", is("07:30"))
                .body("openSeats.to", is("24:00"))
                .body("openSeats.minMinutes", is(120));
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsSaved() {
        String agent = Desk.agent("NTS3", List.of());
        String path = "/api/v1/agents/" + agent + "/notification-preferences";
        refused(
                agent,
                Map.of("openSeats", Map.of("channels", List.of(Map.of("clientId", "ntf-none", "channel", "VOICE")))),
                "openSeats.channels[0]");
        refused(agent, Map.of("openSeats", Map.of("from", "25:00")), "openSeats.from");
        refused(agent, Map.of("openSeats", Map.of("from", "9:00")), "openSeats.from");
        refused(agent, Map.of("openSeats", Map.of("from", "12:00", "to", "08:00")), "openSeats.to");
        refused(agent, Map.of("openSeats", Map.of("days", List.of("SOMEDAY"))), "openSeats.days[0]");
        refused(agent, Map.of("openSeats", Map.of("minMinutes", -5)), "openSeats.minMinutes");
        refused(agent, Map.of("email", "not-an-address"), "email");
        refused(agent, Map.of("email", "a@example.org\r\nBcc: b@example.org"), "email");
        refused(agent, Map.of("byEmail", true), "byEmail");

        Desk.asAgent(agent)
                .get(path)
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("byEmail", is(false));
    }

    @Test
    void theAgentItselfWritesAndPlannersAndAdminsRead() {
        String agent = Desk.agent("NTS4", List.of());
        String other = Desk.agent("NTS5", List.of());
        String path = "/api/v1/agents/" + agent + "/notification-preferences";
        Map<String, Object> body = Map.of("inApp", true);
        Desk.asAgent(agent).get(path).then().statusCode(200);
        Desk.asAgent(agent).body(body).put(path).then().statusCode(200);
        Desk.asAgent(other).get(path).then().statusCode(403);
        Desk.asAgent(other).body(body).put(path).then().statusCode(403);
        Api.as(Api.PLANNER).get(path).then().statusCode(200);
        Api.as(Api.ADMIN).get(path).then().statusCode(200);
        for (String staff : List.of(Api.PLANNER, Api.ADMIN, Api.SUPERVISOR, Api.FORECASTER)) {
            Api.as(staff).body(body).put(path).then().statusCode(403);
        }
        Api.as(Api.SUPERVISOR).get(path).then().statusCode(403);
        Api.as(Api.FORECASTER).get(path).then().statusCode(403);
        Api.anonymous().get(path).then().statusCode(401);
        Api.anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .body(body)
                .put(path)
                .then()
                .statusCode(401);
        Api.as(Api.PLANNER)
                .get("/api/v1/agents/NTS-none/notification-preferences")
                .then()
                .statusCode(404);
    }

    private static void refused(String agent, Map<String, Object> body, String field) {
        Desk.asAgent(agent)
                .body(body)
                .put("/api/v1/agents/" + agent + "/notification-preferences")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}

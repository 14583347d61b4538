package org.openwfm.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.agentCertifiedFor;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Api.fullTimeContract;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentResourceTest {

    @Test
    void createsAnAgentWithCertificationsAvailabilityAndTimeOff() {
        Map<String, Object> agent = new HashMap<>(agentCertifiedFor("T100", "bank"));
        agent.put(
                "timeOff",
                List.of(Map.of("start", "2026-12-03T07:00:00Z", "end", "2026-12-04T07:00:00Z", "reason", "Dentist")));
        agent.put("preferredHours", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "13:00")));

        as("planner")
                .body(agent)
                .post("/api/v1/agents")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/agents/T100"));

        as("planner")
                .get("/api/v1/agents/T100")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/Phoenix"))
                .body("certifications[0].clientId", equalTo("bank"))
                .body("contract.maxWeeklyHours", equalTo(40.0f))
                .body("availability[0].start", equalTo("08:00"))
                .body("timeOff[0].start", equalTo("2026-12-03T07:00:00Z"))
                .body("timeOff[0].reason", equalTo("Dentist"))
                .body("preferredHours[0].end", equalTo("13:00"))
                .body("contract.breakMinutes", equalTo(15))
                .body("contract.mealAfterHours", equalTo(6.0f));
    }

    @Test
    void refusesCertificationsForUnknownClientsOrChannels() {
        Map<String, Object> agent = new HashMap<>(agentCertifiedFor("T101", "bank"));
        agent.put(
                "certifications",
                List.of(
                        Map.of("clientId", "nobody", "channel", "VOICE"),
                        Map.of("clientId", "bank", "channel", "CHAT")));

        as("planner")
                .body(agent)
                .post("/api/v1/agents")
                .then()
                .statusCode(400)
                .body("errors.field", contains("certifications[0].clientId", "certifications[1].channel"));
        as("planner").get("/api/v1/agents/T101").then().statusCode(404);
    }

    @Test
    void refusesAContractThatContradictsItself() {
        Map<String, Object> contract = new HashMap<>(fullTimeContract());
        contract.put("minWeeklyHours", 45);
        contract.put("maxShiftHours", 12);
        Map<String, Object> agent = new HashMap<>(agentCertifiedFor("T102", "bank"));
        agent.put("contract", contract);
        agent.put("timeZone", "+02:00");

        as("planner")
                .body(agent)
                .post("/api/v1/agents")
                .then()
                .statusCode(400)
                .body("errors.field", contains("timeZone", "contract.minWeeklyHours", "contract.maxShiftHours"));
    }

    @Test
    void replacesAnAgentAndBumpsItsVersion() {
        as("planner")
                .body(agentCertifiedFor("T103", "bank"))
                .post("/api/v1/agents")
                .then()
                .statusCode(201);
        Map<String, Object> moved = new HashMap<>(agentCertifiedFor("T103", "telecom"));
        moved.put("timeZone", "America/Chicago");
        moved.put("version", 0);

        as("planner")
                .body(moved)
                .put("/api/v1/agents/T103")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/Chicago"))
                .body("certifications.clientId", contains("telecom"))
                .body("version", equalTo(1));
        as("planner").body(moved).put("/api/v1/agents/T103").then().statusCode(409);
    }

    @Test
    void listsOnlyAgentsCertifiedForTheClientAndChannelAsked() {
        List<Map<String, Object>> chat = as("planner")
                .queryParams("clientId", "retail", "channel", "CHAT")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        List<Map<String, Object>> retail = as("planner")
                .queryParam("clientId", "retail")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        List<Map<String, Object>> anyChat = as("planner")
                .queryParam("channel", "chat")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");

        assertThat(chat)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(certifications(a)).contains("retail/CHAT"));
        assertThat(retail)
                .hasSizeGreaterThan(chat.size())
                .allSatisfy(a -> assertThat(certifications(a)).anyMatch(c -> c.startsWith("retail/")));
        assertThat(anyChat).hasSameSizeAs(chat);
        as("planner")
                .queryParam("channel", "FAX")
                .get("/api/v1/agents")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
    }

    private static List<String> certifications(Map<String, Object> agent) {
        return ((List<Map<String, String>>) agent.get("certifications"))
                .stream().map(c -> c.get("clientId") + "/" + c.get("channel")).toList();
    }
}

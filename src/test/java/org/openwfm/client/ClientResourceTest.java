package org.openwfm.client;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Api.clientWithVoice;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {

    @Test
    void createsAClientWithDefaultCoverageRulesAndReadsItBack() {
        as("planner")
                .body(clientWithVoice("acme"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/clients/acme"));

        as("planner")
                .get("/api/v1/clients/acme")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("channels[0].channel", equalTo("VOICE"))
                .body("channels[0].intervalMinutes", equalTo(30))
                .body("channels[0].serviceLevelTarget", equalTo(0.8f))
                .body("channels[0].answerWithinSeconds", equalTo(20))
                .body("channels[0].maxOccupancy", equalTo(0.85f))
                .body("channels[0].shrinkage", equalTo(0.3f))
                .body("channels[0].minAgents", equalTo(0))
                .body("channels[0].concurrency", equalTo(1))
                .body("channels[0].patienceSeconds", equalTo(null))
                .body("channels[0].releaseNoticeHours", equalTo(24))
                .body("channels[0].tradesNeedApproval", equalTo(false))
                .body("channels[0].openingHours.dayOfWeek", contains("MONDAY", "TUESDAY"))
                .body("channels[0].openingHours[0].close", equalTo("20:00"));
    }

    @Test
    void refusesADuplicateIdWith409() {
        as("planner")
                .body(clientWithVoice("dup"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        as("planner")
                .body(clientWithVoice("dup"))
                .post("/api/v1/clients")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void listsEveryProblemOfAnInvalidClient() {
        Map<String, Object> client = new HashMap<>(clientWithVoice("Bad Id!"));
        client.put("timeZone", "Mars/Olympus");
        client.put(
                "channels",
                List.of(
                        Map.of(
                                "channel",
                                "VOICE",
                                "intervalMinutes",
                                20,
                                "openingHours",
                                List.of(Map.of("dayOfWeek", "MONDAY", "open", "18:00", "close", "09:00"))),
                        Map.of("channel", "VOICE")));

        as("planner")
                .body(client)
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        contains(
                                "id",
                                "timeZone",
                                "channels[0].intervalMinutes",
                                "channels[0].openingHours[0].close",
                                "channels[1].channel"));
        as("planner").get("/api/v1/clients/Bad Id!").then().statusCode(404);
    }

    @Test
    void refusesOutOfRangeRulesWithTheirFieldPaths() {
        Map<String, Object> client = new HashMap<>(clientWithVoice("ranges"));
        client.put("channels", List.of(Map.of("channel", "VOICE", "serviceLevelTarget", 1.5, "shrinkage", -0.1)));

        as("planner")
                .body(client)
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .body("errors.field", contains("channels[0].serviceLevelTarget", "channels[0].shrinkage"));
    }

    @Test
    void replacesAClientAndRefusesAStaleVersionWith409() {
        as("planner")
                .body(clientWithVoice("versioned"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);
        Map<String, Object> renamed = new HashMap<>(clientWithVoice("versioned"));
        renamed.put("name", "Renamed");
        renamed.put("version", 0);

        as("planner")
                .body(renamed)
                .put("/api/v1/clients/versioned")
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("version", equalTo(1));
        as("planner")
                .body(renamed)
                .put("/api/v1/clients/versioned")
                .then()
                .statusCode(409)
                .body("detail", containsString("is at version 1, not 0"));
    }

    @Test
    void refusesAPutWithoutTheVersionItRead() {
        as("planner")
                .body(clientWithVoice("unversioned"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);

        as("planner")
                .body(clientWithVoice("unversioned"))
                .put("/api/v1/clients/unversioned")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void refusesToChangeTheIntervalOfAChannelWithStoredForecasts() {
        Map<String, Object> bank = as("planner")
                .get("/api/v1/clients/bank")
                .then()
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> voice = new HashMap<>(((List<Map<String, Object>>) bank.get("channels")).get(0));
        voice.put("intervalMinutes", 15);
        Map<String, Object> changed = new HashMap<>(bank);
        changed.put("channels", List.of(voice));

        as("planner")
                .body(changed)
                .put("/api/v1/clients/bank")
                .then()
                .statusCode(409)
                .body("detail", containsString("forecast interval(s) are stored on the current interval"));
        as("planner").get("/api/v1/clients/bank").then().body("channels[0].intervalMinutes", equalTo(30));
    }

    @Test
    void deletesAnUnusedClientAndRefusesOneInUse() {
        as("planner")
                .body(clientWithVoice("shortlived"))
                .post("/api/v1/clients")
                .then()
                .statusCode(201);

        as("planner").delete("/api/v1/clients/shortlived").then().statusCode(204);
        as("planner").get("/api/v1/clients/shortlived").then().statusCode(404);
        as("planner")
                .delete("/api/v1/clients/retail")
                .then()
                .statusCode(409)
                .body("detail", containsString("agent certification(s)"));
        as("planner").get("/api/v1/clients").then().body("id", hasItem("retail"));
    }

    @Test
    void answersUnknownClientWith404ProblemJson() {
        as("planner")
                .get("/api/v1/clients/nobody")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Client 'nobody' does not exist"));
    }

    @Test
    void answersMalformedJsonAndWrongTypesWith400NamingTheField() {
        as("planner")
                .body("{\"id\": \"x\",")
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        as("planner")
                .body(
                        "{\"id\":\"x\",\"name\":\"X\",\"timeZone\":\"UTC\",\"channels\":[{\"channel\":\"VOICE\",\"minAgents\":\"lots\"}]}")
                .post("/api/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channels[0].minAgents"))
                .body("errors[0].message", equalTo("'lots' is not a value of type Integer"));
    }
}

package org.openwfm.staffing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.openwfm.support.Api.as;
import static org.openwfm.support.Near.near;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class StaffingCalculateTest {

    static Map<String, Object> hundredCalls() {
        Map<String, Object> request = new HashMap<>(Map.of(
                "intervalMinutes",
                30,
                "contacts",
                100,
                "ahtSeconds",
                180,
                "serviceLevelTarget",
                0.8,
                "answerWithinSeconds",
                20,
                "maxOccupancy",
                0.85,
                "shrinkage",
                0.3));
        return request;
    }

    @Test
    void staffsOneVoiceIntervalWithErlangC() {
        as("forecaster")
                .body(hundredCalls())
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("agents", equalTo(14))
                .body("agentsWithShrinkage", equalTo(20))
                .body("serviceLevel", near(0.88835, 5e-6))
                .body("occupancy", near(0.714286, 5e-7))
                .body("probabilityOfWait", near(0.174132, 5e-7))
                .body("asaSeconds", near(7.8359, 5e-5))
                .body("probabilityOfAbandon", equalTo(0.0f))
                .body("trafficErlangs", near(10.0, 1e-12))
                .body("model", equalTo("ERLANG_C"));
    }

    @Test
    void evaluatesAGivenNumberOfAgentsInsteadOfSearching() {
        Map<String, Object> request = new HashMap<>(Map.of(
                "contacts",
                180,
                "ahtSeconds",
                450,
                "serviceLevelTarget",
                0.9,
                "answerWithinSeconds",
                10,
                "agents",
                48));

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("agents", equalTo(48))
                .body("agentsWithShrinkage", equalTo(48))
                .body("serviceLevel", near(0.47538605, 1e-6))
                .body("agentsForGoal", nullValue());
    }

    @Test
    void usesErlangAWhenPatienceIsGiven() {
        Map<String, Object> request = hundredCalls();
        request.put("patienceSeconds", 300);
        request.put("agents", 14);

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("model", equalTo("ERLANG_A"))
                .body("probabilityOfWait", near(0.14526, 5e-6))
                .body("probabilityOfAbandon", near(0.013984, 5e-7))
                .body("asaSeconds", near(4.195, 5e-4))
                .body("serviceLevel", near(0.916792, 5e-7));
    }

    @Test
    void chatWithConcurrencyTwoNeedsWhatVoiceAtHalfTheHandleTimeNeeds() {
        Map<String, Object> request = hundredCalls();
        request.put("channel", "CHAT");
        request.put("ahtSeconds", 360);
        request.put("concurrency", 2);

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("agents", equalTo(14))
                .body("serviceLevel", near(0.88835, 5e-6));
    }

    @Test
    void emailIsWorkloadOverTheIntervalAtTheOccupancyCap() {
        Map<String, Object> request = hundredCalls();
        request.put("channel", "EMAIL");

        // 100 × 180 s / 1800 s = 10 Erlangs of work; at 85 % occupancy that is 11.76, so 12 agents.
        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("model", equalTo("WORKLOAD"))
                .body("agents", equalTo(12))
                .body("agentsWithShrinkage", equalTo(18));
    }

    @Test
    void anUnstableQueueHasNoAsa() {
        Map<String, Object> request = hundredCalls();
        request.put("agents", 9);

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("serviceLevel", equalTo(0.0f))
                .body("probabilityOfWait", equalTo(1.0f))
                .body("asaSeconds", nullValue());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "contacts, -1",
        "contacts, '\"NaN\"'",
        "ahtSeconds, 0",
        "ahtSeconds, '\"Infinity\"'",
        "serviceLevelTarget, 1.0",
        "serviceLevelTarget, 0",
        "maxOccupancy, 0",
        "maxOccupancy, 1.01",
        "shrinkage, 1.0",
        "shrinkage, -0.1",
        "concurrency, 0"
    })
    void refusesOutOfRangeInputNamingTheField(String field, String json) {
        String body = "{\"contacts\":100,\"ahtSeconds\":180,\"serviceLevelTarget\":0.8,\"answerWithinSeconds\":20,"
                        .replace("\"" + field + "\":", "\"ignored\":")
                + "\"" + field + "\":" + json + "}";

        as("planner")
                .body(body)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void refusesAMissingFieldNamingIt() {
        Map<String, Object> request = hundredCalls();
        request.remove("ahtSeconds");

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(400)
                .body("errors.field", contains("ahtSeconds"));
    }

    @Test
    void answersTrafficBeyondTheConfiguredBoundWith422NamingIt() {
        Map<String, Object> request = hundredCalls();
        request.put("contacts", 400_000); // × 180 s / 1800 s = 40,000 Erlangs

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("40,000 Erlangs is beyond the 10,000 this service calculates"
                                + " (openwfm.staffing.max-traffic-erlangs)"));
    }

    @Test
    void answersErlangAPatienceBeyondTheConfiguredBoundWith422NamingIt() {
        Map<String, Object> request = hundredCalls();
        request.put("contacts", 10_000); // 1,000 Erlangs: 5.56 arrivals a second
        request.put("patienceSeconds", 86_400); // × a day of patience = 480,000 callers

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("Erlang A with 480,000 arrivals within the mean patience is beyond the 100,000"
                                + " this service calculates (openwfm.staffing.max-erlang-a-states)"));
    }

    @Test
    void staffsTheLargestAcceptedTrafficWithPatience() {
        Map<String, Object> request = hundredCalls();
        request.put("contacts", 100_000); // 10,000 Erlangs, the bound itself
        request.put("patienceSeconds", 1_800); // 100,000 arrivals within the patience, the bound itself

        as("planner")
                .body(request)
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(200)
                .body("model", equalTo("ERLANG_A"))
                .body("trafficErlangs", near(10_000.0, 1e-9))
                .body("agentsForGoal", equalTo(8_000)) // 80 % of all arrivals answered needs 80 % of the traffic
                .body("agents", equalTo(11_765)); // 10,000 Erlangs at 85 % occupancy at most
    }

    @Test
    void agentsMayNotCalculate() {
        as("A001")
                .body(hundredCalls())
                .post("/api/v1/staffing/calculate")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}

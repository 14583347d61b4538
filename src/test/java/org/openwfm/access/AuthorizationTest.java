package org.openwfm.access;

import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwfm.support.Api;

/**
 * Who may do what, per role and resource family. Allowed writes send an empty body, so they pass
 * sign-in and roles and stop at validation (400) without writing anything.
 */
@QuarkusTest
class AuthorizationTest {

    static final String CURVE =
            "/api/v1/forecasts?clientId=retail&channel=VOICE&from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z";
    static final String ACTUALS =
            "/api/v1/actuals?clientId=retail&channel=VOICE&from=2026-11-30T00:00:00Z&to=2026-12-01T00:00:00Z";

    static final String ADJUSTMENTS = "/api/v1/staffing/adjustments?clientId=retail&channel=VOICE"
            + "&from=2026-11-30T00:00:00Z&to=2026-12-07T00:00:00Z";

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        // clients: planners and admins; forecasters read them
        "planner,    GET,  /api/v1/clients,        200",
        "admin,      GET,  /api/v1/clients,        200",
        "forecaster, GET,  /api/v1/clients,        200",
        "A001,       GET,  /api/v1/clients,        403",
        "planner,    POST, /api/v1/clients,        400",
        "admin,      POST, /api/v1/clients,        400",
        "forecaster, POST, /api/v1/clients,        403",
        "A001,       POST, /api/v1/clients,        403",
        "planner,    GET,  /api/v1/clients/retail, 200",
        "forecaster, GET,  /api/v1/clients/retail, 200",
        "A001,       GET,  /api/v1/clients/retail, 403",
        "forecaster, PUT,  /api/v1/clients/retail, 403",
        "A001,       DELETE, /api/v1/clients/retail, 403",
        // agents: planners and admins; an agent reads only itself
        "planner,    GET,  /api/v1/agents,         200",
        "admin,      GET,  /api/v1/agents,         200",
        "forecaster, GET,  /api/v1/agents,         403",
        "A001,       GET,  /api/v1/agents,         403",
        "A001,       GET,  /api/v1/agents/A001,    200",
        "A001,       GET,  /api/v1/agents/A002,    403",
        "planner,    GET,  /api/v1/agents/A002,    200",
        "forecaster, GET,  /api/v1/agents/A002,    403",
        "planner,    POST, /api/v1/agents,         400",
        "A001,       POST, /api/v1/agents,         403",
        "A001,       PUT,  /api/v1/agents/A001,    403",
        "planner,    PUT,  /api/v1/agents/A001,    400",
        // forecasts: forecasters upload; forecasters and planners read
        "forecaster, POST, /api/v1/forecasts,      400",
        "planner,    POST, /api/v1/forecasts,      403",
        "admin,      POST, /api/v1/forecasts,      403",
        "A001,       POST, /api/v1/forecasts,      403",
        "forecaster, GET,  /api/v1/forecasts/versions, 200",
        "planner,    GET,  /api/v1/forecasts/versions, 200",
        "A001,       GET,  /api/v1/forecasts/versions, 403",
        "admin,      GET,  /api/v1/forecasts/versions, 403",
        // actuals: forecasters upload; forecasters and planners read
        "forecaster, POST, /api/v1/actuals,        400",
        "planner,    POST, /api/v1/actuals,        403",
        "admin,      POST, /api/v1/actuals,        403",
        "A001,       POST, /api/v1/actuals,        403",
        "forecaster, GET,  /api/v1/actuals/uploads, 200",
        "planner,    GET,  /api/v1/actuals/uploads, 200",
        "A001,       GET,  /api/v1/actuals/uploads, 403",
        "admin,      GET,  /api/v1/actuals/uploads, 403",
        "forecaster, GET,  /api/v1/actuals/uploads/999999, 404",
        "planner,    GET,  /api/v1/actuals/uploads/999999, 404",
        "A001,       GET,  /api/v1/actuals/uploads/999999, 403",
        "admin,      GET,  /api/v1/actuals/uploads/999999, 403",
        // generating from history, special days: forecasters; planners read the marks
        "forecaster, POST, /api/v1/forecasts/generate, 400",
        "planner,    POST, /api/v1/forecasts/generate, 403",
        "A001,       POST, /api/v1/forecasts/generate, 403",
        "admin,      POST, /api/v1/forecasts/generate, 403",
        "forecaster, POST, /api/v1/forecasts/special-days, 400",
        "planner,    POST, /api/v1/forecasts/special-days, 403",
        "A001,       POST, /api/v1/forecasts/special-days, 403",
        "admin,      POST, /api/v1/forecasts/special-days, 403",
        "forecaster, GET,  /api/v1/forecasts/special-days?clientId=retail&from=2027-01-01&to=2027-02-01, 200",
        "planner,    GET,  /api/v1/forecasts/special-days?clientId=retail&from=2027-01-01&to=2027-02-01, 200",
        "A001,       GET,  /api/v1/forecasts/special-days?clientId=retail&from=2027-01-01&to=2027-02-01, 403",
        "admin,      GET,  /api/v1/forecasts/special-days?clientId=retail&from=2027-01-01&to=2027-02-01, 403",
        "forecaster, DELETE, /api/v1/forecasts/special-days/999999, 404",
        "planner,    DELETE, /api/v1/forecasts/special-days/999999, 403",
        "A001,       DELETE, /api/v1/forecasts/special-days/999999, 403",
        "admin,      DELETE, /api/v1/forecasts/special-days/999999, 403",
        // accuracy: forecasters and planners
        "forecaster, GET,  /api/v1/forecasts/accuracy, 400",
        "planner,    GET,  /api/v1/forecasts/accuracy, 400",
        "A001,       GET,  /api/v1/forecasts/accuracy, 403",
        "admin,      GET,  /api/v1/forecasts/accuracy, 403",
        // users: admins only
        "admin,      GET,  /api/v1/users,          200",
        "forecaster, GET,  /api/v1/users,          403",
        "planner,    GET,  /api/v1/users,          403",
        "A001,       PUT,  /api/v1/users/A001,     403",
        "admin,      PUT,  /api/v1/users/someone,  400",
        // open seats: planners see and release them; each agent sees its own claimable slots
        "planner,    GET,  /api/v1/open-slots?weekStart=2027-05-03, 200",
        "forecaster, GET,  /api/v1/open-slots?weekStart=2027-05-03, 403",
        "A001,       GET,  /api/v1/open-slots?weekStart=2027-05-03, 403",
        "planner,    POST, /api/v1/open-slots,     400",
        "A001,       POST, /api/v1/open-slots,     403",
        "A001,       GET,  /api/v1/agents/A001/open-slots?weekStart=2027-05-03, 200",
        "A001,       GET,  /api/v1/agents/A002/open-slots?weekStart=2027-05-03, 403",
        "planner,    GET,  /api/v1/agents/A002/open-slots?weekStart=2027-05-03, 200",
        "forecaster, GET,  /api/v1/agents/A002/open-slots?weekStart=2027-05-03, 403",
        // claims and releases: only the agent itself
        "A001,       POST, /api/v1/agents/A001/claims,   400",
        "planner,    POST, /api/v1/agents/A001/claims,   403",
        "admin,      POST, /api/v1/agents/A001/claims,   403",
        "A001,       POST, /api/v1/agents/A001/releases, 400",
        "planner,    POST, /api/v1/agents/A001/releases, 403",
        // reliability and history: the agent itself and planners
        "A001,       GET,  /api/v1/agents/A001/reliability, 200",
        "A001,       GET,  /api/v1/agents/A002/reliability, 403",
        "planner,    GET,  /api/v1/agents/A002/reliability, 200",
        "forecaster, GET,  /api/v1/agents/A002/reliability, 403",
        "A001,       GET,  /api/v1/agents/A001/history,     200",
        "planner,    GET,  /api/v1/agents/NOBODY/history,   404",
        // requirement adjustments: planners make and withdraw them; planners and forecasters read them
        "planner,    POST, /api/v1/staffing/adjustments, 400",
        "forecaster, POST, /api/v1/staffing/adjustments, 403",
        "admin,      POST, /api/v1/staffing/adjustments, 403",
        "A001,       POST, /api/v1/staffing/adjustments, 403",
        "planner,    GET,  " + ADJUSTMENTS + ", 200",
        "forecaster, GET,  " + ADJUSTMENTS + ", 200",
        "admin,      GET,  " + ADJUSTMENTS + ", 403",
        "A001,       GET,  " + ADJUSTMENTS + ", 403",
        "planner,    GET,  /api/v1/staffing/adjustments/999999999, 404",
        "forecaster, GET,  /api/v1/staffing/adjustments/999999999, 404",
        "admin,      GET,  /api/v1/staffing/adjustments/999999999, 403",
        "A001,       GET,  /api/v1/staffing/adjustments/999999999, 403",
        "planner,    DELETE, /api/v1/staffing/adjustments/999999999, 404",
        "forecaster, DELETE, /api/v1/staffing/adjustments/999999999, 403",
        "admin,      DELETE, /api/v1/staffing/adjustments/999999999, 403",
        "A001,       DELETE, /api/v1/staffing/adjustments/999999999, 403",
        // who am I: everyone signed in
        "planner,    GET,  /api/v1/me,             200",
        "forecaster, GET,  /api/v1/me,             200",
        "A001,       GET,  /api/v1/me,             200",
        "admin,      GET,  /api/v1/me,             200"
    })
    void roleDecidesAccess(String user, String method, String path, int expected) {
        send(as(user), method, path).then().statusCode(expected);
    }

    @Test
    void theEventStreamNeedsSignIn() {
        anonymous().get("/api/v1/events").then().statusCode(401).header("WWW-Authenticate", "Basic realm=\"OpenWFM\"");
    }

    @Test
    void forecastersAndPlannersReadTheCurveButAgentsDoNot() {
        as("forecaster").get(CURVE).then().statusCode(200);
        as("planner").get(CURVE).then().statusCode(200);
        as("A001").get(CURVE).then().statusCode(403).contentType("application/problem+json");
        as("admin").get(CURVE).then().statusCode(403);
    }

    @Test
    void forecastersAndPlannersReadActualsButAgentsDoNot() {
        as("forecaster").get(ACTUALS).then().statusCode(200);
        as("planner").get(ACTUALS).then().statusCode(200);
        as("A001").get(ACTUALS).then().statusCode(403).contentType("application/problem+json");
        as("admin").get(ACTUALS).then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/clients",
        "GET, /api/v1/agents/A001",
        "POST, /api/v1/forecasts",
        "POST, /api/v1/actuals",
        "GET, /api/v1/actuals/uploads",
        "GET, /api/v1/users",
        "GET, /api/v1/staffing/adjustments",
        "GET, /api/v1/me"
    })
    void withoutCredentialsEveryFamilyAnswers401WithAChallenge(String method, String path) {
        send(anonymous().header(Api.CLIENT_HEADER, "curl"), method, path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Basic realm=\"OpenWFM\"");
    }

    @Test
    void aWrongPasswordAnswers401() {
        anonymous()
                .auth()
                .preemptive()
                .basic("planner", "wrong")
                .get("/api/v1/clients")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        anonymous()
                .auth()
                .preemptive()
                .basic("nobody", "planner")
                .get("/api/v1/clients")
                .then()
                .statusCode(401);
    }

    @Test
    void theForbiddenAnswerIsProblemJson() {
        as("A001")
                .get("/api/v1/agents/A002")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("An agent may only act as itself"));
    }

    @Test
    void anAdminCreatesAUserWhoCanSignIn() {
        as("admin")
                .body("{\"password\":\"s3cret-passphrase\",\"role\":\"forecaster\"}")
                .put("/api/v1/users/newcomer")
                .then()
                .statusCode(200)
                .body("role", equalTo("forecaster"));

        anonymous()
                .auth()
                .preemptive()
                .basic("newcomer", "s3cret-passphrase")
                .get("/api/v1/forecasts/versions")
                .then()
                .statusCode(200);
        anonymous()
                .auth()
                .preemptive()
                .basic("newcomer", "s3cret-passphrase")
                .get("/api/v1/agents")
                .then()
                .statusCode(403);
    }

    @Test
    void theLastAdminCannotBeDemotedAndAnEmptyBodyIsRefused() {
        as("admin")
                .body("{\"role\":\"planner\"}")
                .put("/api/v1/users/admin")
                .then()
                .statusCode(409)
                .body("detail", equalTo("'admin' is the last admin; make another admin first"));
        as("admin").body("null").put("/api/v1/users/admin").then().statusCode(400);
        as("admin").get("/api/v1/me").then().statusCode(200).body("role", equalTo("admin"));
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path) {
        return switch (method) {
            case "GET" -> request.get(path);
            case "DELETE" -> request.delete(path);
            case "PUT" -> request.body("{}").put(path);
            case "POST" ->
                path.endsWith("/forecasts")
                        ? request.contentType("text/csv").body("").post(path)
                        : request.body("{}").post(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}

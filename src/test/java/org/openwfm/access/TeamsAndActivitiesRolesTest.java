package org.openwfm.access;

import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openwfm.support.Api;

/**
 * Who may do what with supervisors, teams and activities, for each role and without credentials. Allowed writes
 * send an empty body or name nothing stored, so they stop at validation (400) or at the missing id (404) and leave
 * the sample as it is.
 */
@QuarkusTest
class TeamsAndActivitiesRolesTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        // supervisors: planners and admins
        "planner,    GET,    /api/v1/supervisors,        200",
        "admin,      GET,    /api/v1/supervisors,        200",
        "forecaster, GET,    /api/v1/supervisors,        403",
        "A001,       GET,    /api/v1/supervisors,        403",
        "s1,         GET,    /api/v1/supervisors,        403",
        "anonymous,  GET,    /api/v1/supervisors,        401",
        "planner,    POST,   /api/v1/supervisors,        400",
        "admin,      POST,   /api/v1/supervisors,        400",
        "forecaster, POST,   /api/v1/supervisors,        403",
        "A001,       POST,   /api/v1/supervisors,        403",
        "s1,         POST,   /api/v1/supervisors,        403",
        "anonymous,  POST,   /api/v1/supervisors,        401",
        "planner,    GET,    /api/v1/supervisors/S1,     200",
        "admin,      GET,    /api/v1/supervisors/S1,     200",
        "forecaster, GET,    /api/v1/supervisors/S1,     403",
        "A001,       GET,    /api/v1/supervisors/S1,     403",
        "s1,         GET,    /api/v1/supervisors/S1,     403",
        "anonymous,  GET,    /api/v1/supervisors/S1,     401",
        "planner,    PUT,    /api/v1/supervisors/S1,     400",
        "admin,      PUT,    /api/v1/supervisors/S1,     400",
        "forecaster, PUT,    /api/v1/supervisors/S1,     403",
        "A001,       PUT,    /api/v1/supervisors/S1,     403",
        "s1,         PUT,    /api/v1/supervisors/S1,     403",
        "anonymous,  PUT,    /api/v1/supervisors/S1,     401",
        "planner,    DELETE, /api/v1/supervisors/NONE,   404",
        "admin,      DELETE, /api/v1/supervisors/NONE,   404",
        "forecaster, DELETE, /api/v1/supervisors/NONE,   403",
        "A001,       DELETE, /api/v1/supervisors/NONE,   403",
        "s1,         DELETE, /api/v1/supervisors/NONE,   403",
        "anonymous,  DELETE, /api/v1/supervisors/NONE,   401",
        // teams: planners and admins; a supervisor reads the teams it leads
        "planner,    GET,    /api/v1/teams,              200",
        "admin,      GET,    /api/v1/teams,              200",
        "s1,         GET,    /api/v1/teams,              200",
        "forecaster, GET,    /api/v1/teams,              403",
        "A001,       GET,    /api/v1/teams,              403",
        "anonymous,  GET,    /api/v1/teams,              401",
        "planner,    GET,    /api/v1/teams/T4,           200",
        "admin,      GET,    /api/v1/teams/T4,           200",
        "s1,         GET,    /api/v1/teams/T1,           200",
        "s1,         GET,    /api/v1/teams/T4,           403",
        "forecaster, GET,    /api/v1/teams/T1,           403",
        "A001,       GET,    /api/v1/teams/T1,           403",
        "anonymous,  GET,    /api/v1/teams/T1,           401",
        "planner,    POST,   /api/v1/teams,              400",
        "admin,      POST,   /api/v1/teams,              400",
        "s1,         POST,   /api/v1/teams,              403",
        "forecaster, POST,   /api/v1/teams,              403",
        "A001,       POST,   /api/v1/teams,              403",
        "anonymous,  POST,   /api/v1/teams,              401",
        "planner,    PUT,    /api/v1/teams/T1,           400",
        "admin,      PUT,    /api/v1/teams/T1,           400",
        "s1,         PUT,    /api/v1/teams/T1,           403",
        "forecaster, PUT,    /api/v1/teams/T1,           403",
        "A001,       PUT,    /api/v1/teams/T1,           403",
        "anonymous,  PUT,    /api/v1/teams/T1,           401",
        "planner,    DELETE, /api/v1/teams/NONE,         404",
        "admin,      DELETE, /api/v1/teams/NONE,         404",
        "s1,         DELETE, /api/v1/teams/T1,           403",
        "forecaster, DELETE, /api/v1/teams/T1,           403",
        "A001,       DELETE, /api/v1/teams/T1,           403",
        "anonymous,  DELETE, /api/v1/teams/T1,           401",
        // activities: planners define and delete; planners, admins and (their own) supervisors read
        "planner,    GET,    /api/v1/activities,         200",
        "admin,      GET,    /api/v1/activities,         200",
        "s1,         GET,    /api/v1/activities,         200",
        "forecaster, GET,    /api/v1/activities,         403",
        "A001,       GET,    /api/v1/activities,         403",
        "anonymous,  GET,    /api/v1/activities,         401",
        "planner,    POST,   /api/v1/activities,         400",
        "admin,      POST,   /api/v1/activities,         403",
        "s1,         POST,   /api/v1/activities,         403",
        "forecaster, POST,   /api/v1/activities,         403",
        "A001,       POST,   /api/v1/activities,         403",
        "anonymous,  POST,   /api/v1/activities,         401",
        "planner,    GET,    /api/v1/activities/999999,  404",
        "admin,      GET,    /api/v1/activities/999999,  404",
        "s1,         GET,    /api/v1/activities/999999,  404",
        "forecaster, GET,    /api/v1/activities/999999,  403",
        "A001,       GET,    /api/v1/activities/999999,  403",
        "anonymous,  GET,    /api/v1/activities/999999,  401",
        "planner,    DELETE, /api/v1/activities/999999,  404",
        "admin,      DELETE, /api/v1/activities/999999,  403",
        "s1,         DELETE, /api/v1/activities/999999,  403",
        "forecaster, DELETE, /api/v1/activities/999999,  403",
        "A001,       DELETE, /api/v1/activities/999999,  403",
        "anonymous,  DELETE, /api/v1/activities/999999,  401",
        // a team's published week: planners, admins and the team's own supervisor (S1 leads T1, S2 leads T3)
        "planner,    GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   200",
        "admin,      GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   200",
        "s1,         GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   200",
        "s2,         GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   403",
        "s2,         GET,    /api/v1/teams/T3/schedule?weekStart=2026-11-30,   200",
        "forecaster, GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   403",
        "A001,       GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   403",
        "anonymous,  GET,    /api/v1/teams/T1/schedule?weekStart=2026-11-30,   401",
        "planner,    GET,    /api/v1/teams/NONE/schedule?weekStart=2026-11-30, 404",
        "planner,    GET,    /api/v1/teams/T1/schedule?weekStart=2026-12-01,   400",
        "planner,    GET,    /api/v1/teams/T1/schedule,                        400",
        // a supervisor neither claims nor releases for its agents
        "s1,         POST,   /api/v1/agents/A001/claims,                       403",
        "s1,         POST,   /api/v1/agents/A001/releases,                     403",
        // who am I: a supervisor too
        "s1,         GET,    /api/v1/me,                 200"
    })
    void roleDecidesAccess(String user, String method, String path, int expected) {
        RequestSpecification request =
                "anonymous".equals(user) ? anonymous().header(Api.CLIENT_HEADER, "curl") : as(user);
        send(request, method, path).then().statusCode(expected);
    }

    private static Response send(RequestSpecification request, String method, String path) {
        return switch (method) {
            case "GET" -> request.get(path);
            case "DELETE" -> request.delete(path);
            case "PUT" -> request.body("{}").put(path);
            case "POST" -> request.body("{}").post(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}

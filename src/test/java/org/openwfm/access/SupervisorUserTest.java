package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.openwfm.support.Api.TEST_USER_PASSWORD;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.support.Api;
import org.openwfm.support.Teams;

/** A supervisor user acts as one supervisor: by Basic credentials and by a page session alike. */
@QuarkusTest
class SupervisorUserTest {

    @Test
    void anAdminMakesASupervisorUserBoundToItsSupervisor() {
        Teams.supervisor("SU-S1");
        as("admin")
                .body(Map.of("password", TEST_USER_PASSWORD, "role", "supervisor", "supervisorId", "SU-S1"))
                .put("/api/v1/users/su-one")
                .then()
                .statusCode(200)
                .body("role", equalTo("supervisor"))
                .body("supervisorId", equalTo("SU-S1"))
                .body("agentId", nullValue());

        as("su-one")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("supervisor"))
                .body("supervisorId", equalTo("SU-S1"));
        List<Object> teams = as("su-one")
                .get("/api/v1/teams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(teams).isEmpty();
    }

    @Test
    void anUnknownSupervisorIs422NamingSupervisorIdAndNoUserIsMade() {
        long before = Teams.rows("app_user");

        as("admin")
                .body(Map.of("password", TEST_USER_PASSWORD, "role", "supervisor", "supervisorId", "NOBODY"))
                .put("/api/v1/users/su-two")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("supervisorId"));

        assertThat(Teams.rows("app_user")).isEqualTo(before);
    }

    @Test
    void aSupervisorIdOnlyGoesWithRoleSupervisor() {
        as("admin")
                .body(Map.of("password", TEST_USER_PASSWORD, "role", "supervisor"))
                .put("/api/v1/users/su-three")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("supervisorId"));
        as("admin")
                .body(Map.of("password", TEST_USER_PASSWORD, "role", "planner", "supervisorId", "S1"))
                .put("/api/v1/users/su-four")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("supervisorId"));
    }

    @Test
    void aDemoSupervisorSignsInToThePagesAndItsSessionReadsItsTeams() {
        Response signedIn = anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-page")
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "s2")
                .formParam("password", "s2")
                .post("/api/v1/sign-in");
        signedIn.then().statusCode(200);
        String session = signedIn.getCookie("openwfm-session");
        assertThat(session).isNotBlank();

        anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-page")
                .cookie("openwfm-session", session)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("supervisor"))
                .body("supervisorId", equalTo("S2"));
        List<String> teams = anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-page")
                .cookie("openwfm-session", session)
                .get("/api/v1/teams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        assertThat(teams).containsExactly("T3", "T4");
    }
}

package org.openwfm.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.openwfm.calendar.CalendarFeedFixture.agentInNewYork;
import static org.openwfm.calendar.CalendarFeedFixture.feedUrl;
import static org.openwfm.calendar.CalendarFeedFixture.tokenOf;
import static org.openwfm.support.Api.anonymous;
import static org.openwfm.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.openwfm.shared.Digests;

/**
 * The feed's token: the only key to the feed (any refusal a 404), the agent's own to read and rotate, a planner's
 * or an admin's only to revoke, kept as a hash and never logged.
 */
@QuarkusTest
class CalendarFeedTokenTest {

    @Inject
    EntityManager em;

    @Test
    void theLinkIsShownWhenIssuedAndOnlyThen() {
        String agent = agentInNewYork("CF3");
        as(agent)
                .get("/api/v1/agents/CF3/calendar-feed")
                .then()
                .statusCode(200)
                .body("url", startsWith("http"))
                .body("url", containsString("/api/v1/agents/CF3/calendar.ics?token="))
                .body("webcalUrl", startsWith("webcal://"))
                .body("createdAt", notNullValue());

        as(agent)
                .get("/api/v1/agents/CF3/calendar-feed")
                .then()
                .statusCode(200)
                .body("url", nullValue())
                .body("webcalUrl", nullValue())
                .body("createdAt", notNullValue());
    }

    @Test
    void aRotatedTokenOpensNothingAtOnceAndTheNewOneOpensTheFeed() {
        String agent = agentInNewYork("CF4");
        String first = feedUrl(agent);
        given().get(first).then().statusCode(200);

        String second = as(agent)
                .post("/api/v1/agents/CF4/calendar-feed/rotate")
                .then()
                .statusCode(200)
                .extract()
                .path("url");

        assertThat(tokenOf(second)).isNotEqualTo(tokenOf(first)).hasSize(43);
        given().get(first).then().statusCode(404);
        given().get(second).then().statusCode(200);
    }

    @Test
    void aPlannerOrAnAdminRevokesTheTokenWithoutSeeingOneAndTheAgentThenGetsANewOne() {
        String agent = agentInNewYork("CF5");
        String url = feedUrl(agent);

        as("planner")
                .post("/api/v1/agents/CF5/calendar-feed/rotate")
                .then()
                .statusCode(204)
                .body(equalTo(""));
        given().get(url).then().statusCode(404);

        String reissued = feedUrl(agent);
        assertThat(reissued).isNotEqualTo(url);
        given().get(reissued).then().statusCode(200);
        as("admin").post("/api/v1/agents/CF5/calendar-feed/rotate").then().statusCode(204);
        given().get(reissued).then().statusCode(404);
    }

    @Test
    void aMissingWrongOrOtherAgentsTokenAndAnUnknownAgentAllAnswerTheSame404() {
        agentInNewYork("CF6");
        String other = tokenOf(feedUrl(agentInNewYork("CF7")));
        String own = tokenOf(feedUrl("CF6"));

        for (String path : List.of(
                "/api/v1/agents/CF6/calendar.ics",
                "/api/v1/agents/CF6/calendar.ics?token=",
                "/api/v1/agents/CF6/calendar.ics?token=" + own.substring(1) + "x",
                "/api/v1/agents/CF6/calendar.ics?token=" + other,
                "/api/v1/agents/CF-none/calendar.ics?token=" + own)) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Not found"));
        }
        // A calendar app asks for text/calendar only: the refusal is still a 404, and the feed answers.
        given().accept("text/calendar")
                .get("/api/v1/agents/CF6/calendar.ics?token=x")
                .then()
                .statusCode(404);
        given().accept("text/calendar")
                .get("/api/v1/agents/CF6/calendar.ics?token=" + own)
                .then()
                .statusCode(200);
    }

    @Test
    void onlyTheAgentItselfReadsItsLinkAndSupervisorsForecastersAndOtherAgentsMayNotRotateIt() {
        agentInNewYork("CF8");
        String path = "/api/v1/agents/CF8/calendar-feed";
        anonymous().get(path).then().statusCode(401);
        for (String user : List.of("planner", "admin", "forecaster", "s1", "A001")) {
            as(user).get(path).then().statusCode(403);
        }
        as("CF8").get(path).then().statusCode(200);

        anonymous()
                .header("X-Requested-With", "t")
                .post(path + "/rotate")
                .then()
                .statusCode(401);
        for (String user : List.of("forecaster", "s1", "A001")) {
            as(user).post(path + "/rotate").then().statusCode(403);
        }
        given().auth()
                .preemptive()
                .basic("CF8", org.openwfm.support.Api.TEST_USER_PASSWORD)
                .post(path + "/rotate")
                .then()
                .statusCode(403); // a change without the anti-forgery header
        as("CF8").post(path + "/rotate").then().statusCode(200).body("url", notNullValue());
        as("planner").post("/api/v1/agents/CF-none/calendar-feed/rotate").then().statusCode(404);
    }

    @Test
    void theTokenIsStoredOnlyAsItsHashAndNeverReachesTheLog() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        logged.add(String.valueOf(parameter));
                    }
                }
                if (record.getThrown() != null) {
                    logged.add(String.valueOf(record.getThrown()));
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String token;
        String rotated;
        try {
            org.jboss.logging.Logger.getLogger(CalendarFeedTokenTest.class).info("the capture hears the service's log");
            agentInNewYork("CF9");
            token = tokenOf(feedUrl("CF9"));
            given().get("/api/v1/agents/CF9/calendar.ics?token=" + token).then().statusCode(200);
            given().get("/api/v1/agents/CF9/calendar.ics?token=" + token + "x")
                    .then()
                    .statusCode(404);
            rotated = tokenOf(as("CF9")
                    .post("/api/v1/agents/CF9/calendar-feed/rotate")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("url"));
            given().get("/api/v1/agents/CF9/calendar.ics?token=" + token).then().statusCode(404);
        } finally {
            root.removeHandler(capture);
        }

        assertThat(logged).contains("the capture hears the service's log");
        assertThat(logged).noneMatch(line -> line.contains(token) || line.contains(rotated));
        FeedToken stored = QuarkusTransaction.requiringNew().call(() -> em.find(FeedToken.class, "CF9"));
        assertThat(stored.tokenHash).isEqualTo(Digests.sha256Hex(rotated)).doesNotContain(rotated);

        // The URL carries the token: were the access log switched on, the feed's requests stay out of it.
        Pattern excluded = Pattern.compile(
                ConfigProvider.getConfig().getValue("quarkus.http.access-log.exclude-pattern", String.class));
        assertThat(excluded.matcher("/api/v1/agents/CF9/calendar.ics").matches())
                .isTrue();
        assertThat(excluded.matcher("/api/v1/agents/CF9/calendar-feed").matches())
                .isFalse();
        assertThat(excluded.matcher("/api/v1/agents/CF9/schedule").matches()).isFalse();
    }
}

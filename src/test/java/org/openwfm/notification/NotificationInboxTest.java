package org.openwfm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.events.OpenStreams;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.support.Api;
import org.openwfm.support.Desk;

/** The inbox: newest first, paged, read up to an id; pushed to its agent alone; only that agent reads it. */
@QuarkusTest
class NotificationInboxTest {

    @Inject
    Notices notices;

    @Inject
    OpenStreams openStreams;

    @Test
    void theInboxListsNewestFirstFiltersUnreadAndMarksReadUpToAnId() {
        String agent = Desk.agent("NTI1", List.of());
        notices.post(agent, NoticeKind.SCHEDULE_CHANGE, "first", "one", null);
        notices.post(agent, NoticeKind.OPEN_SEATS, "second", "two", "/agent.html");
        notices.post(agent, NoticeKind.REQUEST_DECISION, "third", "three", null);

        List<Map<String, Object>> inbox = Inboxes.of(agent);
        assertThat(inbox).extracting(n -> n.get("title")).containsExactly("third", "second", "first");
        assertThat(inbox.get(1))
                .containsEntry("kind", "OPEN_SEATS")
                .containsEntry("text", "two")
                .containsEntry("link", "/agent.html")
                .containsEntry("read", false)
                .containsKey("createdAt");
        assertThat(inbox.get(0)).doesNotContainKey("link");
        int second = (Integer) inbox.get(1).get("id");

        Desk.asAgent(agent)
                .body(Map.of("upToId", second))
                .post("/api/v1/agents/" + agent + "/notifications/read")
                .then()
                .statusCode(200)
                .body("marked", org.hamcrest.Matchers.is(2));

        List<Map<String, Object>> unread = Desk.asAgent(agent)
                .queryParam("unreadOnly", "true")
                .get("/api/v1/agents/" + agent + "/notifications")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(unread).extracting(n -> n.get("title")).containsExactly("third");
        assertThat(Inboxes.of(agent)).extracting(n -> n.get("read")).containsExactly(false, true, true);
        Desk.asAgent(agent)
                .queryParams("limit", "1", "offset", "1")
                .get("/api/v1/agents/" + agent + "/notifications")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", org.hamcrest.Matchers.containsString("offset=2"))
                .body("title", org.hamcrest.Matchers.contains("second"));
    }

    @Test
    void aKindSwitchedOffGoesNowhereAndInAppOffKeepsTheInboxEmpty() {
        String agent = Desk.agent("NTI2", List.of());
        Inboxes.prefer(agent, Map.of("tradeOffers", false));

        assertThat(notices.post(agent, NoticeKind.TRADE_OFFER, "a trade", "offered", null))
                .isFalse();
        assertThat(notices.post(agent, NoticeKind.SCHEDULE_CHANGE, "a change", "changed", null))
                .isTrue();
        assertThat(Inboxes.of(agent)).extracting(n -> n.get("title")).containsExactly("a change");

        Inboxes.prefer(agent, Map.of("inApp", false));
        assertThat(notices.post(agent, NoticeKind.SCHEDULE_CHANGE, "unseen", "nowhere", null))
                .isFalse();
        assertThat(Inboxes.of(agent)).hasSize(1);
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        String agent = Desk.agent("NTI3", List.of());
        Desk.asAgent(agent)
                .queryParam("unreadOnly", "maybe")
                .get("/api/v1/agents/" + agent + "/notifications")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("unreadOnly"));
        Desk.asAgent(agent)
                .body(Map.of())
                .post("/api/v1/agents/" + agent + "/notifications/read")
                .then()
                .statusCode(400)
                .body(org.hamcrest.Matchers.containsString("upToId"));
    }

    @Test
    void aNewNotificationIsPushedToItsAgentAndToNoOtherAgent() throws Exception {
        String addressee = Desk.agent("NTI4", List.of());
        String bystander = Desk.agent("NTI5", List.of());
        CompletableFuture<String> addresseeHears = firstNotification(addressee);
        CompletableFuture<String> bystanderHears = firstNotification(bystander);

        notices.post(addressee, NoticeKind.SCHEDULE_CHANGE, "for NTI4 only", "yours", null);
        notices.post(bystander, NoticeKind.SCHEDULE_CHANGE, "for NTI5", "theirs", null);

        assertThat(addresseeHears.get(20, TimeUnit.SECONDS))
                .contains("event:notification")
                .contains("\"title\":\"for NTI4 only\"");
        assertThat(bystanderHears.get(20, TimeUnit.SECONDS))
                .as("the bystander's first notification is its own, not the one before it")
                .contains("\"title\":\"for NTI5\"");
    }

    @Test
    void onlyTheAgentItselfReadsAndMarksItsInbox() {
        String agent = Desk.agent("NTI6", List.of());
        String other = Desk.agent("NTI7", List.of());
        String path = "/api/v1/agents/" + agent + "/notifications";
        Desk.asAgent(agent).get(path).then().statusCode(200);
        Desk.asAgent(other).get(path).then().statusCode(403);
        for (String staff : List.of(Api.PLANNER, Api.ADMIN, Api.SUPERVISOR, Api.FORECASTER)) {
            Api.as(staff).get(path).then().statusCode(403);
            Api.as(staff).body(Map.of("upToId", 1)).post(path + "/read").then().statusCode(403);
        }
        Api.anonymous().get(path).then().statusCode(401);
        Desk.asAgent(other)
                .body(Map.of("upToId", 1))
                .post(path + "/read")
                .then()
                .statusCode(403);
        Api.anonymous()
                .header(Api.CLIENT_HEADER, "openwfm-test")
                .body(Map.of("upToId", 1))
                .post(path + "/read")
                .then()
                .statusCode(401);
        Desk.asAgent(agent)
                .body(Map.of("upToId", 1))
                .post(path + "/read")
                .then()
                .statusCode(200);
    }

    /** Opens the agent's event stream; completes with the first notification event on it. */
    private CompletableFuture<String> firstNotification(String agentId) {
        int openBefore = openStreams.openBy(agentId);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/events"))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (agentId + ":" + Desk.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        CompletableFuture<String> event = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> firstEvent(response.body(), "event:notification"));
        await().atMost(Duration.ofSeconds(10)).until(() -> openStreams.openBy(agentId) > openBefore || event.isDone());
        return event;
    }

    private static String firstEvent(Stream<String> lines, String wanted) {
        StringBuilder current = new StringBuilder();
        for (String line : (Iterable<String>) lines::iterator) {
            if (line.isEmpty()) {
                if (current.toString().contains(wanted)) {
                    lines.close();
                    return current.toString();
                }
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        return "";
    }
}

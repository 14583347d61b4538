package org.openwfm.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openwfm.support.Desk;

/** Reading an agent's inbox in the tests, and waiting for the notices that are made after a commit. */
final class Inboxes {

    private Inboxes() {}

    static List<Map<String, Object>> of(String agentId) {
        return Desk.asAgent(agentId)
                .queryParam("limit", 500)
                .get("/api/v1/agents/" + agentId + "/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Waits until the agent's inbox holds {@code count} notices (they are made on a worker after the commit). */
    static List<Map<String, Object>> awaitNotices(String agentId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> of(agentId).size() >= count);
        return of(agentId);
    }

    /** Waits until the agent's inbox holds a notice of the kind; returns those of that kind. */
    static List<Map<String, Object>> awaitKind(String agentId, String kind) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> of(agentId).stream().anyMatch(n -> kind.equals(n.get("kind"))));
        return of(agentId).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    /** Saves the agent's preferences as itself; 200 expected. */
    static void prefer(String agentId, Map<String, Object> preferences) {
        Desk.asAgent(agentId)
                .body(preferences)
                .put("/api/v1/agents/" + agentId + "/notification-preferences")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }
}

package org.openwfm.selfservice;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.events.OpenStreams;
import org.openwfm.support.Desk;

/** The event stream tells listeners about claims as they happen, and a reconnecting listener catches up. */
@QuarkusTest
class SeatEventsTest {

    @Inject
    OpenStreams openStreams;

    @Test
    void aListenerHearsAClaimWithTheNewSeatCounts() throws Exception {
        Desk desk = Desk.open("ss-events", 24, "MONDAY 08:00-16:00");
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T16:00:00Z", 3);
        String listener = desk.agent("SE1");
        String claimer = desk.agent("SE2");
        CompletableFuture<String> heard = firstEvent(
                listener,
                null,
                "\"clientId\":\"ss-events\",\"channel\":\"VOICE\","
                        + "\"from\":\"2027-05-03T08:00:00Z\",\"to\":\"2027-05-03T10:00:00Z\"");

        desk.claim(claimer, "2027-05-03T08:00:00Z", "2027-05-03T10:00:00Z", 201);

        String event = heard.get(20, TimeUnit.SECONDS);
        assertThat(event)
                .contains("{\"start\":\"2027-05-03T08:00:00Z\",\"openSeats\":2}")
                .contains("{\"start\":\"2027-05-03T09:30:00Z\",\"openSeats\":2}");
    }

    @Test
    void aReconnectingListenerGetsWhatItMissedAfterItsLastEventId() throws Exception {
        Desk desk = Desk.open("ss-resume", 24, "MONDAY 08:00-16:00");
        String listener = desk.agent("SE3");
        CompletableFuture<String> idOfFirst =
                firstEvent(listener, null, "ss-resume\",\"channel\":\"VOICE\",\"from\":\"2027-05-03T08:00:00Z\"");
        desk.release("2027-05-03T08:00:00Z", "2027-05-03T09:00:00Z", 1);
        String firstEvent = idOfFirst.get(20, TimeUnit.SECONDS);
        long lastId = Long.parseLong(firstEvent
                .lines()
                .filter(l -> l.startsWith("id:"))
                .findFirst()
                .orElseThrow()
                .substring(3)
                .trim());
        desk.release("2027-05-03T12:00:00Z", "2027-05-03T13:00:00Z", 1);
        // The second event is out before the listener comes back: a stream resuming after the same id gets it only
        // once the feed has passed it (by catching up to it, or live as the feed passes it).
        String second = "ss-resume\",\"channel\":\"VOICE\",\"from\":\"2027-05-03T12:00:00Z\"";
        firstEvent(listener, lastId, second).get(20, TimeUnit.SECONDS);

        CompletableFuture<String> missed = firstEvent(listener, lastId, second);

        assertThat(missed.get(20, TimeUnit.SECONDS)).contains("\"openSeats\":1");
    }

    @Test
    void aPlannerHearsAJobImproveWithItsKpisFinishAndItsSchedulePublished() throws Exception {
        Desk desk = Desk.open("ss-job", 24, "MONDAY 08:00-16:00");
        desk.agent("SE4", "MONDAY 01:00-05:00");
        CompletableFuture<String> published = firstEventAs("planner", "planner", null, "\"clientIds\":[\"ss-job\"]");

        long id = desk.solveAndPublish("2027-05-03");

        assertThat(published.get(30, TimeUnit.SECONDS))
                .contains("event:schedule-published")
                .contains("{\"scheduleId\":" + id + ",\"weekStart\":\"2027-05-03\"");
        CompletableFuture<String> solved =
                firstEventAs("planner", "planner", 0L, "{\"scheduleId\":" + id + ",\"status\":\"SOLVED\"");
        assertThat(solved.get(30, TimeUnit.SECONDS)).contains("event:job-progress");
        CompletableFuture<String> improved = firstEventAs(
                "planner", "planner", 0L, "{\"scheduleId\":" + id + ",\"status\":\"SOLVING\",\"score\":\"");
        assertThat(improved.get(30, TimeUnit.SECONDS))
                .as("a best solution found while solving comes with its KPIs")
                .contains("\"kpis\":{\"coverage\":");
    }

    private CompletableFuture<String> firstEvent(String agentId, Long lastEventId, String wanted) {
        return firstEventAs(agentId, Desk.PASSWORD, lastEventId, wanted);
    }

    /**
     * Opens the stream (resuming after {@code lastEventId} when given) and completes with the first event,
     * as "id: …\nevent: …\ndata: …", whose data contains {@code wanted}. Returns once the service has opened it,
     * so what the test does next happens while it listens.
     */
    private CompletableFuture<String> firstEventAs(String user, String password, Long lastEventId, String wanted) {
        int openBefore = openStreams.openBy(user);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/events"))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        CompletableFuture<String> event = HttpClient.newHttpClient()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> event(response.body(), wanted));
        await().atMost(Duration.ofSeconds(10)).until(() -> openStreams.openBy(user) > openBefore || event.isDone());
        return event;
    }

    private static String event(Stream<String> lines, String wanted) {
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
        return List.of().toString();
    }
}

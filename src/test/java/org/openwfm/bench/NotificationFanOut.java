package org.openwfm.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Notification fan-out against a running demo service (not a test): {@code agents} agents certified for a fresh
 * client, a quarter each with default preferences, Mondays 08:00–18:00 only, runs of 4 h or more, and e-mail
 * digests; then one planner release of 50 seats on four hours, timed from the request to the moment the last
 * agent's notice can be read. The service logs the matching itself ("told N of M certified agents in T ms").
 *
 * <pre>java -cp target/classes:target/test-classes org.openwfm.bench.NotificationFanOut http://127.0.0.1:18080 1000</pre>
 */
public final class NotificationFanOut {

    private static final String PASSWORD = "fan-out-password";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    private NotificationFanOut(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        new NotificationFanOut(base).run(agents);
        System.exit(0);
    }

    private void run(int agentCount) throws Exception {
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String client = "fan-" + runId;
        LocalDate week =
                LocalDate.now(ZoneOffset.UTC).plusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        StringBuilder hours = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.append(hours.length() == 0 ? "" : ",")
                    .append("{\"dayOfWeek\":\"" + day + "\",\"open\":\"00:00\",\"close\":\"24:00\"}");
        }
        send(
                "POST",
                "/api/v1/clients",
                "planner",
                "planner",
                "{\"id\":\"" + client + "\",\"name\":\"Fan-out "
                        + runId
                        + "\",\"timeZone\":\"UTC\",\"channels\":[{\"channel\":\"VOICE\",\"releaseNoticeHours\":24,"
                        + "\"openingHours\":[" + hours + "]}]}");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= agentCount; i++) {
            ids.add(String.format("F%s-%04d", runId, i));
        }
        long setUp = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int group = i % 4;
            work.add(pool.submit(() -> {
                setUpAgent(id, client, group);
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        System.out.printf("set-up: %d agents with preferences in %.1f s%n", ids.size(), seconds(setUp));

        String last = ids.get(ids.size() - 1); // group 3 (e-mail) when the count is a multiple of 4
        String lastDefault = ids.get(ids.size() - 4);
        long began = System.nanoTime();
        send(
                "POST",
                "/api/v1/open-slots",
                "planner",
                "planner",
                "{\"clientId\":\"" + client
                        + "\",\"channel\":\"VOICE\",\"start\":\"" + week + "T08:00:00Z\",\"end\":\"" + week
                        + "T12:00:00Z\",\"seats\":50}");
        double answered = seconds(began);
        while (!send("GET", "/api/v1/agents/" + lastDefault + "/notifications", lastDefault, PASSWORD, null)
                        .contains("OPEN_SEATS")
                || !send("GET", "/api/v1/agents/" + last + "/notifications", last, PASSWORD, null)
                        .contains("OPEN_SEATS")) {
            Thread.sleep(20);
            if (seconds(began) > 600) {
                throw new IllegalStateException("no notice after 10 minutes");
            }
        }
        System.out.printf(
                "release of 50 seats: answered in %.3f s; every agent's notice readable after %.3f s%n",
                answered, seconds(began));
    }

    /** Groups: 0 defaults, 1 Mondays 08:00–18:00, 2 runs of at least 4 h, 3 e-mail too. */
    private void setUpAgent(String id, String client, int group) throws Exception {
        send(
                "POST",
                "/api/v1/agents",
                "planner",
                "planner",
                "{\"id\":\"" + id + "\",\"name\":\"Agent " + id
                        + "\",\"timeZone\":\"UTC\",\"certifications\":[{\"clientId\":\"" + client
                        + "\",\"channel\":\"VOICE\"}],"
                        + "\"contract\":{\"minWeeklyHours\":0,\"maxWeeklyHours\":40,\"maxDailyHours\":8,\"minShiftHours\":2,"
                        + "\"maxShiftHours\":8,\"minRestHours\":8,\"maxConsecutiveDays\":6},"
                        + "\"availability\":[{\"dayOfWeek\":\"MONDAY\",\"start\":\"06:00\",\"end\":\"20:00\"}]}");
        send(
                "PUT",
                "/api/v1/users/" + id,
                "admin",
                "admin",
                "{\"password\":\"" + PASSWORD + "\",\"role\":\"agent\",\"agentId\":\"" + id + "\"}");
        String preferences = switch (group) {
            case 1 -> "{\"openSeats\":{\"days\":[\"MONDAY\"],\"from\":\"08:00\",\"to\":\"18:00\"}}";
            case 2 -> "{\"openSeats\":{\"minMinutes\":240}}";
            case 3 -> "{\"email\":\"" + id.toLowerCase() + "@example.org\",\"byEmail\":true}";
            default -> null;
        };
        if (preferences != null) {
            send("PUT", "/api/v1/agents/" + id + "/notification-preferences", id, PASSWORD, preferences);
        }
    }

    private String send(String method, String path, String user, String password, String json) throws Exception {
        HttpRequest request = DemoApi.request(base, method, path, user, password, json, Duration.ofSeconds(60));
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

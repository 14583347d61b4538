package org.openwfm.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim load against a running service (not a test): {@code agents} agents, one worker each, claim the
 * same one-hour ranges of a week in the same order (a land-grab on every range), with seats for 80 % of
 * them. Reports claims per second, latency percentiles, and then counts double bookings from what the
 * service answers afterwards: intervals holding more agents than seats, and agents with overlapping
 * shifts (both must be 0). Given several base URLs (comma-separated: replicas on one database), the claims
 * alternate between them, each agent's too; set-up and read-back go to the first.
 *
 * <pre>java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad http://127.0.0.1:18080 200 admin-password
 * java -cp target/classes:target/test-classes org.openwfm.bench.ClaimLoad http://127.0.0.1:18080,http://127.0.0.1:18081 200 admin</pre>
 */
public final class ClaimLoad {

    private static final Pattern SHIFT = Pattern.compile("\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\",\"localStart\"");
    private static final int RANGES = 84; // every other hour of the week
    /** At least openwfm.sign-in.min-password-length (12). */
    private static final String AGENT_PASSWORD = "agent-password";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final List<String> bases;
    private final String adminPassword;

    private ClaimLoad(List<String> bases, String adminPassword) {
        this.bases = bases;
        this.adminPassword = adminPassword;
    }

    public static void main(String[] args) throws Exception {
        List<String> bases = List.of((args.length > 0 ? args[0] : "http://127.0.0.1:18080").split(","));
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        String adminPassword = args.length > 2 ? args[2] : "admin";
        new ClaimLoad(bases, adminPassword).run(agents);
        System.exit(0); // the HTTP client's threads would keep the JVM alive
    }

    private void run(int agentCount) throws Exception {
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String client = "load-" + runId;
        LocalDate week =
                LocalDate.now(ZoneOffset.UTC).plusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekStart = week.atStartOfDay(ZoneOffset.UTC).toInstant();
        int seats = Math.max(1, agentCount * 8 / 10);

        check(
                send(
                        "PUT",
                        "/api/v1/users/load-planner",
                        "admin",
                        adminPassword,
                        "{\"password\":\"load-planner\",\"role\":\"planner\"}"),
                200);
        check(
                send(
                        "POST",
                        "/api/v1/clients",
                        "load-planner",
                        "load-planner",
                        "{\"id\":\"" + client + "\",\"name\":\"Load " + runId
                                + "\",\"timeZone\":\"UTC\",\"channels\":[{\"channel\":\"VOICE\",\"releaseNoticeHours\":1}]}"),
                201);
        List<String> agents = new ArrayList<>();
        for (int i = 1; i <= agentCount; i++) {
            String id = "L" + runId + "-" + i;
            agents.add(id);
            check(
                    send(
                            "POST",
                            "/api/v1/agents",
                            "load-planner",
                            "load-planner",
                            "{\"id\":\"" + id + "\",\"name\":\"Load " + id
                                    + "\",\"timeZone\":\"UTC\",\"certifications\":[{\"clientId\":\"" + client
                                    + "\",\"channel\":\"VOICE\"}],"
                                    + "\"contract\":{\"minWeeklyHours\":0,\"maxWeeklyHours\":168,\"maxDailyHours\":24,\"minShiftHours\":1,"
                                    + "\"maxShiftHours\":24,\"minRestHours\":0,\"maxConsecutiveDays\":7}}"),
                    201);
        }
        parallel(
                agents,
                id -> check(
                        send(
                                "PUT",
                                "/api/v1/users/" + id,
                                "admin",
                                adminPassword,
                                "{\"password\":\"" + AGENT_PASSWORD + "\",\"role\":\"agent\",\"agentId\":\"" + id
                                        + "\"}"),
                        200));
        check(
                send(
                        "POST",
                        "/api/v1/open-slots",
                        "load-planner",
                        "load-planner",
                        "{\"clientId\":\"" + client
                                + "\",\"channel\":\"VOICE\",\"start\":\"" + weekStart + "\",\"end\":\""
                                + weekStart.plus(Duration.ofDays(7))
                                + "\",\"seats\":" + seats + "}"),
                201);
        // Each replica remembers a checked password, so the storm pays no bcrypt.
        for (String base : bases) {
            parallel(agents, id -> check(send(base, "GET", "/api/v1/me", id, AGENT_PASSWORD, null), 200));
        }

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(agentCount);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            String id = agents.get(a);
            int first = a;
            done.add(workers.submit(() -> {
                go.await();
                for (int r = 0; r < RANGES; r++) {
                    Instant start = weekStart.plus(Duration.ofHours(2L * r));
                    String base = bases.get((first + r) % bases.size());
                    long began = System.nanoTime();
                    int status = send(
                                    base,
                                    "POST",
                                    "/api/v1/agents/" + id + "/claims",
                                    id,
                                    AGENT_PASSWORD,
                                    "{\"clientId\":\"" + client + "\",\"channel\":\"VOICE\",\"start\":\"" + start
                                            + "\",\"end\":\"" + start.plus(Duration.ofHours(1)) + "\"}")
                            .statusCode();
                    latencies.add(System.nanoTime() - began);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        go.countDown();
        for (var future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        workers.shutdown();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "replicas %d, agents %d, seats per interval %d, claims %d in %.1f s: %.0f claims/s; statuses %s%n",
                bases.size(), agentCount, seats, sorted.size(), seconds, sorted.size() / seconds, statuses);
        System.out.printf(
                "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf("double bookings: %d%n", doubleBookings(agents, week, seats));
    }

    /** Intervals with more agents than seats, plus agents whose shifts overlap, read back through the API. */
    private int doubleBookings(List<String> agents, LocalDate week, int seats) throws Exception {
        Map<Instant, Integer> onInterval = new HashMap<>();
        int problems = 0;
        for (String id : agents) {
            String body = check(
                            send(
                                    "GET",
                                    "/api/v1/agents/" + id + "/schedule?weekStart=" + week,
                                    id,
                                    AGENT_PASSWORD,
                                    null),
                            200)
                    .body();
            Matcher m = SHIFT.matcher(body);
            Instant lastEnd = Instant.MIN;
            while (m.find()) {
                Instant start = Instant.parse(m.group(1));
                Instant end = Instant.parse(m.group(2));
                if (start.isBefore(lastEnd)) {
                    problems++;
                }
                lastEnd = end;
                for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
                    onInterval.merge(t, 1, Integer::sum);
                }
            }
        }
        problems += (int) onInterval.values().stream().filter(n -> n > seats).count();
        return problems;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1e6;
    }

    private interface Call {
        void run(String id) throws Exception;
    }

    private static void parallel(List<String> ids, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (String id : ids) {
            futures.add(pool.submit(() -> {
                call.run(id);
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /** To the first base URL: set-up and read-back. */
    private HttpResponse<String> send(String method, String path, String user, String password, String json)
            throws Exception {
        return send(bases.get(0), method, path, user, password, json);
    }

    private HttpResponse<String> send(
            String base, String method, String path, String user, String password, String json) throws Exception {
        HttpRequest request = DemoApi.request(base, method, path, user, password, json, Duration.ofSeconds(60));
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}

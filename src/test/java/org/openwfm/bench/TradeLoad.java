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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shift-trade load against a running service (not a test). 200 agents (a multiple of 4), each with one
 * published four-hour shift claimed from seats opened for them in a week nine weeks out: the first quarter
 * on Tuesday 08:00-12:00, the second on Thursday 08:00-12:00, the second half on Saturday 08:00-12:00.
 *
 * <ol>
 *   <li>Offers: the first half (Tuesday and Thursday) offer their whole shift to anyone certified, all at once.
 *   <li>Acceptances: every agent accepts one offer, all at once, each offer raced by two agents free at its
 *       hours: a Tuesday offer by a Saturday agent and by a Thursday agent, a Thursday offer by a Saturday agent
 *       and by a Tuesday agent. One of each pair should get 200 and the other 409.
 * </ol>
 *
 * Then it checks, through the API, that nothing was assigned twice: each offer accepted at most once, and by the
 * agent the service answered 200; every agent's week is its week before with each completed trade's hours moved
 * once from giver to taker; no agent has overlapping shifts; agents per interval are as before; the seat ledger
 * ({@code GET /open-slots?includeFilled=true}) is as before, to the byte.
 *
 * <pre>java -cp target/classes:target/test-classes org.openwfm.bench.TradeLoad http://127.0.0.1:18080 200 admin-password</pre>
 */
public final class TradeLoad {

    private static final Pattern SHIFT =
            Pattern.compile("\"shiftId\":(\\d+),[^{}]*?\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    /** A trade without a swap (no object inside it), as the planner's list shows it. */
    private static final Pattern TRADE = Pattern.compile("\\{\"id\":(\\d+),\"fromAgentId\":\"([^\"]+)\"[^{}]*}");
    /** At least openwfm.sign-in.min-password-length (12). */
    private static final String AGENT_PASSWORD = "agent-password";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final String base;
    private final String adminPassword;

    private TradeLoad(String base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int agents = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String adminPassword = args.length > 2 ? args[2] : "admin";
        if (agents < 4 || agents % 4 != 0) {
            throw new IllegalArgumentException("agents must be a positive multiple of 4: " + agents);
        }
        int problems = new TradeLoad(base, adminPassword).run(agents);
        System.exit(problems == 0 ? 0 : 1); // the HTTP client's threads would keep the JVM alive
    }

    /** Answers the number of problems found (0 when no hours were assigned twice or lost). */
    private int run(int agentCount) throws Exception {
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String client = "trade-" + runId;
        LocalDate week =
                LocalDate.now(ZoneOffset.UTC).plusWeeks(9).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant monday = week.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant tuesday = monday.plus(Duration.ofDays(1)).plus(Duration.ofHours(8));
        Instant thursday = monday.plus(Duration.ofDays(3)).plus(Duration.ofHours(8));
        Instant saturday = monday.plus(Duration.ofDays(5)).plus(Duration.ofHours(8));
        int quarter = agentCount / 4;

        check(send("PUT", "/api/v1/users/load-planner", "admin", adminPassword, """
                {"password":"load-planner","role":"planner"}"""), 200);
        check(send("POST", "/api/v1/clients", "load-planner", "load-planner", """
                {"id":"%s","name":"Trades %s","timeZone":"UTC","channels":[{"channel":"VOICE","releaseNoticeHours":1}]}""".formatted(client, runId)), 201);
        List<String> agents = new ArrayList<>();
        List<Instant> shiftStarts = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            agents.add("T" + runId + "-" + (i + 1));
            shiftStarts.add(i < quarter ? tuesday : i < 2 * quarter ? thursday : saturday);
        }
        parallel(
                agents,
                id -> check(
                        send("POST", "/api/v1/agents", "load-planner", "load-planner", """
                {"id":"%s","name":"Trader %s","timeZone":"UTC","certifications":[{"clientId":"%s","channel":"VOICE"}],\
                "availability":%s,\
                "contract":{"minWeeklyHours":0,"maxWeeklyHours":168,"maxDailyHours":24,"minShiftHours":1,\
                "maxShiftHours":24,"minRestHours":0,"maxConsecutiveDays":7}}""".formatted(
                                        id, id, client, everyDay())),
                        201));
        parallel(
                agents,
                id -> check(
                        send("PUT", "/api/v1/users/" + id, "admin", adminPassword, """
                {"password":"%s","role":"agent","agentId":"%s"}""".formatted(AGENT_PASSWORD, id)),
                        200));
        for (Instant start : List.of(tuesday, thursday, saturday)) {
            int seats = start.equals(saturday) ? 2 * quarter : quarter;
            check(
                    send("POST", "/api/v1/open-slots", "load-planner", "load-planner", """
                    {"clientId":"%s","channel":"VOICE","start":"%s","end":"%s","seats":%d}""".formatted(
                                    client, start, start.plus(Duration.ofHours(4)), seats)),
                    201);
        }
        // The agents' own published shifts: each claims the four hours its seats were opened for.
        Map<String, Long> shiftOf = new ConcurrentHashMap<>();
        parallel(agents, id -> {
            Instant start = shiftStarts.get(agents.indexOf(id));
            String body = check(
                            send("POST", "/api/v1/agents/" + id + "/claims", id, AGENT_PASSWORD, """
                    {"clientId":"%s","channel":"VOICE","start":"%s","end":"%s"}""".formatted(
                                            client, start, start.plus(Duration.ofHours(4)))),
                            201)
                    .body();
            shiftOf.put(id, firstId(body));
        });

        String ledgerPath = "/api/v1/open-slots?weekStart=" + week + "&clientId=" + client + "&includeFilled=true";
        String ledgerBefore = check(send("GET", ledgerPath, "load-planner", "load-planner", null), 200)
                .body();
        Map<String, List<String>> weekBefore = weeks(agents, week);

        // Offers: the first half, at once.
        List<String> offerers = agents.subList(0, 2 * quarter);
        Map<String, Long> tradeOf = new ConcurrentHashMap<>();
        Storm offers = storm(offerers, id -> {
            HttpResponse<String> response = send(
                    "POST", "/api/v1/agents/" + id + "/trades", id, AGENT_PASSWORD, """
                    {"shiftId":%d,"note":"bench"}""".formatted(shiftOf.get(id)));
            if (response.statusCode() == 201) {
                tradeOf.put(id, firstId(response.body()));
            }
            return response.statusCode();
        });
        offers.print("offers", offerers.size());
        int listed = count("\"fromAgentId\"", openList(agents.get(agentCount - 1)));

        // Acceptances: every agent, each offer raced by two agents free at its hours.
        Map<String, String> offerTaken = new ConcurrentHashMap<>(); // accepter -> offerer
        for (int i = 0; i < quarter; i++) {
            offerTaken.put(agents.get(2 * quarter + i), agents.get(i)); // Saturday takes Tuesday
            offerTaken.put(agents.get(quarter + i), agents.get(i)); // Thursday takes Tuesday
            offerTaken.put(agents.get(3 * quarter + i), agents.get(quarter + i)); // Saturday takes Thursday
            offerTaken.put(agents.get(i), agents.get(quarter + i)); // Tuesday takes Thursday
        }
        Map<String, String> acceptedBy = new ConcurrentHashMap<>(); // offerer -> accepter answered 200
        AtomicInteger doubleAccepts = new AtomicInteger();
        Storm accepts = storm(agents, id -> {
            String offerer = offerTaken.get(id);
            Long trade = tradeOf.get(offerer);
            if (trade == null) {
                return 0; // its offer failed: reported with the offers' statuses
            }
            HttpResponse<String> response =
                    send("POST", "/api/v1/trades/" + trade + "/accept", id, AGENT_PASSWORD, """
                    {"agentId":"%s"}""".formatted(id));
            if (response.statusCode() == 200 && acceptedBy.putIfAbsent(offerer, id) != null) {
                doubleAccepts.incrementAndGet();
            }
            if (response.statusCode() >= 500 || response.statusCode() == 400) {
                System.out.println(
                        "  accept " + trade + " by " + id + ": " + response.statusCode() + " " + response.body());
            }
            return response.statusCode();
        });
        accepts.print("accepts", agents.size());

        int problems = doubleAccepts.get();
        System.out.printf(
                "shifts before: %d of %d agents; offers listed to one agent: %d of %d%n",
                weekBefore.values().stream().mapToInt(List::size).sum(), agentCount, listed, tradeOf.size());
        problems += checkTrades(client, tradeOf, acceptedBy);
        problems += checkWeeks(agents, week, weekBefore, acceptedBy);
        String ledgerAfter = check(send("GET", ledgerPath, "load-planner", "load-planner", null), 200)
                .body();
        boolean sameLedger = ledgerAfter.equals(ledgerBefore);
        System.out.printf(
                "seat ledger: %d intervals, %s%n",
                count("\"openSeats\"", ledgerBefore), sameLedger ? "unchanged" : "CHANGED");
        problems += sameLedger ? 0 : 1;
        System.out.printf(
                "double accepts: %d; problems: %d (double assignments, lost or extra hours, overlaps, ledger)%n",
                doubleAccepts.get(), problems);
        return problems;
    }

    /** Each trade the service shows for the run's client: COMPLETED exactly when an acceptance got 200, by it. */
    private int checkTrades(String client, Map<String, Long> tradeOf, Map<String, String> acceptedBy) throws Exception {
        String body = check(send("GET", "/api/v1/trades", "load-planner", "load-planner", null), 200)
                .body();
        Map<String, Integer> statuses = new TreeMap<>();
        int problems = 0;
        Matcher m = TRADE.matcher(body);
        int seen = 0;
        while (m.find()) {
            String trade = m.group();
            if (!client.equals(field(trade, "clientId"))) {
                continue;
            }
            seen++;
            String status = field(trade, "status");
            String taker = field(trade, "acceptedBy");
            statuses.merge(status, 1, Integer::sum);
            String expected = acceptedBy.get(m.group(2));
            if (status.equals("COMPLETED") != (expected != null) || !Objects.equals(expected, taker)) {
                problems++;
                System.out.println("  trade " + m.group(1) + " of " + m.group(2) + ": " + status + " accepted by "
                        + taker + ", 200 answered to " + expected);
            }
        }
        if (seen != tradeOf.size()) {
            problems++;
            System.out.println("  the service lists " + seen + " trades of the run, " + tradeOf.size() + " offered");
        }
        System.out.printf("trades as the service lists them: %s%n", statuses);
        return problems;
    }

    /**
     * Every agent's week against its week before with each completed trade's shift moved from giver to taker;
     * overlapping shifts; agents per half-hour interval.
     */
    private int checkWeeks(
            List<String> agents, LocalDate week, Map<String, List<String>> before, Map<String, String> acceptedBy)
            throws Exception {
        Map<String, List<String>> expected = new TreeMap<>();
        before.forEach((id, shifts) -> expected.put(id, new ArrayList<>(shifts)));
        acceptedBy.forEach((giver, taker) -> {
            String hours = before.get(giver).get(0);
            expected.get(giver).remove(hours);
            expected.get(taker).add(hours);
            Collections.sort(expected.get(taker));
        });
        Map<String, List<String>> after = weeks(agents, week);
        int moved = 0;
        int overlaps = 0;
        for (String id : agents) {
            if (!after.get(id).equals(expected.get(id))) {
                moved++;
                System.out.println("  " + id + " has " + after.get(id) + ", expected " + expected.get(id));
            }
            List<String> shifts = after.get(id);
            for (int i = 1; i < shifts.size(); i++) {
                if (shifts.get(i).split(" ")[0].compareTo(shifts.get(i - 1).split(" ")[1]) < 0) {
                    overlaps++;
                }
            }
        }
        boolean sameCover = perInterval(before).equals(perInterval(after));
        System.out.printf(
                "agents whose week is not the week before plus the trades: %d; overlapping shifts: %d; "
                        + "agents per interval: %s%n",
                moved, overlaps, sameCover ? "unchanged" : "CHANGED");
        return moved + overlaps + (sameCover ? 0 : 1);
    }

    /** Each agent's published shifts that week as "start end", sorted. */
    private Map<String, List<String>> weeks(List<String> agents, LocalDate week) throws Exception {
        Map<String, List<String>> weeks = new ConcurrentHashMap<>();
        parallel(agents, id -> {
            String body = check(
                            send(
                                    "GET",
                                    "/api/v1/agents/" + id + "/schedule?weekStart=" + week,
                                    id,
                                    AGENT_PASSWORD,
                                    null),
                            200)
                    .body();
            List<String> shifts = new ArrayList<>();
            Matcher m = SHIFT.matcher(body);
            while (m.find()) {
                shifts.add(m.group(2) + " " + m.group(3));
            }
            Collections.sort(shifts);
            weeks.put(id, shifts);
        });
        return weeks;
    }

    /** Agents on each half-hour interval (one client channel in the run). */
    private static Map<Instant, Integer> perInterval(Map<String, List<String>> weeks) {
        Map<Instant, Integer> onInterval = new TreeMap<>();
        weeks.values()
                .forEach(shifts -> shifts.forEach(shift -> {
                    String[] range = shift.split(" ");
                    Instant end = Instant.parse(range[1]);
                    for (Instant t = Instant.parse(range[0]); t.isBefore(end); t = t.plus(Duration.ofMinutes(30))) {
                        onInterval.merge(t, 1, Integer::sum);
                    }
                }));
        return onInterval;
    }

    private String openList(String agent) throws Exception {
        String body = check(send("GET", "/api/v1/agents/" + agent + "/trades", agent, AGENT_PASSWORD, null), 200)
                .body();
        return body.substring(0, body.indexOf("\"mine\""));
    }

    private static String everyDay() {
        StringBuilder json = new StringBuilder("[");
        for (DayOfWeek day : DayOfWeek.values()) {
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"dayOfWeek\":\"%s\",\"start\":\"06:00\",\"end\":\"20:00\"}".formatted(day));
        }
        return json.append(']').toString();
    }

    /** A string field of a flat JSON object, or null when absent. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static long firstId(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static int count(String needle, String body) {
        int n = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    /** Latencies and statuses of one burst of requests, one worker per agent, all released at once. */
    private record Storm(
            List<Long> sorted,
            Map<Integer, AtomicInteger> statuses,
            Map<Integer, List<Long>> byStatus,
            double seconds) {

        void print(String what, int workers) {
            System.out.printf(
                    "%s: %d workers, %d requests in %.2f s: %.0f %s/s; statuses %s%n",
                    what, workers, sorted.size(), seconds, sorted.size() / seconds, what, new TreeMap<>(statuses));
            System.out.printf(
                    "  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
            new TreeMap<>(byStatus).forEach((status, latencies) -> {
                List<Long> ofStatus = new ArrayList<>(latencies);
                Collections.sort(ofStatus);
                System.out.printf(
                        "  %d: p50 %.1f ms, p99 %.1f ms%n",
                        status, percentile(ofStatus, 0.50), percentile(ofStatus, 0.99));
            });
        }

        static double percentile(List<Long> sorted, double p) {
            return sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1)))) / 1e6;
        }
    }

    private interface Request {
        /** Sends one request and answers its status, or 0 when it sent none. */
        int send(String agentId) throws Exception;
    }

    private static Storm storm(List<String> agents, Request request) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Integer, List<Long>> byStatus = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(agents.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(agents.size());
        List<Future<?>> done = new ArrayList<>();
        for (String id : agents) {
            done.add(workers.submit(() -> {
                ready.countDown();
                go.await();
                long began = System.nanoTime();
                int status = request.send(id);
                if (status != 0) {
                    long took = System.nanoTime() - began;
                    latencies.add(took);
                    byStatus.computeIfAbsent(status, s -> Collections.synchronizedList(new ArrayList<>()))
                            .add(took);
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        ready.await();
        long began = System.nanoTime();
        go.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        workers.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Storm(sorted, statuses, byStatus, seconds);
    }

    private interface Call {
        void run(String id) throws Exception;
    }

    private static void parallel(List<String> ids, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (String id : ids) {
            futures.add(pool.submit(() -> {
                call.run(id);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String json)
            throws Exception {
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

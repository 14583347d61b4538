package org.openwfm.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Read latency against a running service with the sample data (not a test): publishes the sample week, then
 * sends GETs of the pages' and agents' everyday reads at a steady rate (open loop: a request leaves on schedule
 * whether or not earlier ones are answered), first while nothing solves, then while two solves of the sample
 * week run at once. Prints p50, p99 and max per endpoint and over all, for both phases.
 *
 * <pre>java -cp target/test-classes org.openwfm.bench.ReadLatency http://127.0.0.1:18080 60 20</pre>
 * (base URL, seconds per phase, requests per second). The service needs
 * {@code -Dquarkus.timefold.solver-manager.parallel-solver-count=2} so both solves run together, and a stall
 * limit ({@code openwfm.roster.unimproved-seconds}) longer than a phase so neither stops early.
 */
public final class ReadLatency {

    private static final String WEEK = "2026-11-30";

    record Read(String name, String user, String path) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int perSecond = Integer.parseInt(args[2]);
        String published = solve(base, 10);
        send(base, "planner", "POST", "/api/v1/schedules/" + published + "/publish");
        List<Read> reads = List.of(
                new Read("clients", "planner", "/api/v1/clients"),
                new Read("schedules of the week", "planner", "/api/v1/schedules?weekStart=" + WEEK),
                new Read("schedule with shifts", "planner", "/api/v1/schedules/" + published),
                new Read(
                        "coverage",
                        "planner",
                        "/api/v1/schedules/" + published + "/coverage?clientId=retail&channel=VOICE"),
                new Read(
                        "staffing week", "planner", "/api/v1/staffing?clientId=retail&channel=VOICE&weekStart=" + WEEK),
                new Read(
                        "open slots (planner)", "planner", "/api/v1/open-slots?weekStart=" + WEEK + "&clientId=retail"),
                new Read(
                        "forecast curve",
                        "planner",
                        "/api/v1/forecasts?clientId=retail&channel=VOICE"
                                + "&from=2026-11-30T00:00:00Z&to=2026-12-07T00:00:00Z"),
                new Read("agent", "A001", "/api/v1/agents/A001"),
                new Read("agent's week", "A001", "/api/v1/agents/A001/schedule?weekStart=" + WEEK),
                new Read("agent's open slots", "A001", "/api/v1/agents/A001/open-slots?weekStart=" + WEEK));
        run(base, reads, 5, perSecond); // warm-up, not printed
        print("nothing solving", run(base, reads, seconds, perSecond));
        String first = solve(base, seconds + 60);
        String second = solve(base, seconds + 60);
        awaitSolving(base, first);
        awaitSolving(base, second);
        Map<String, List<Long>> during = run(base, reads, seconds, perSecond);
        boolean stillSolving =
                status(base, first).equals("SOLVING") && status(base, second).equals("SOLVING");
        print("two solves running" + (stillSolving ? "" : " (WARNING: a solve ended early)"), during);
        for (String job : List.of(first, second)) {
            if (status(base, job).equals("SOLVING")) {
                send(base, "planner", "DELETE", "/api/v1/schedules/" + job);
            }
        }
    }

    /** Latencies in microseconds per read, from requests sent at a steady rate for {@code seconds}. */
    private static Map<String, List<Long>> run(String base, List<Read> reads, int seconds, int perSecond)
            throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newCachedThreadPool();
        long gapNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < seconds * perSecond; i++) {
            long due = start + i * gapNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Read read = reads.get(i % reads.size());
            senders.submit(() -> {
                long sent = System.nanoTime();
                send(base, read.user(), "GET", read.path());
                latencies
                        .computeIfAbsent(read.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - sent) / 1_000);
                return null;
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        return latencies;
    }

    private static void print(String phase, Map<String, List<Long>> latencies) {
        System.out.println("== " + phase);
        System.out.println("| read | requests | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> ordered = new LinkedHashMap<>(latencies);
        ordered.forEach((name, values) -> {
            all.addAll(values);
            System.out.println(row(name, values));
        });
        System.out.println(row("**all**", all));
    }

    private static String row(String name, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(
                "| %s | %d | %.1f | %.1f | %.1f |",
                name,
                sorted.size(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0);
    }

    private static double percentile(List<Long> sorted, double share) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * share) - 1)) / 1000.0;
    }

    private static String solve(String base, int seconds) throws Exception {
        String job = send(
                base,
                "planner",
                "POST",
                "/api/v1/schedules",
                "{\"weekStart\":\"" + WEEK + "\",\"solveSeconds\":" + seconds + "}");
        String id = job.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        if (seconds <= 10) {
            Instant deadline = Instant.now().plusSeconds(90);
            while (!status(base, id).equals("SOLVED")) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the sample week did not solve in time");
                }
                Thread.sleep(500);
            }
        }
        return id;
    }

    private static void awaitSolving(String base, String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!status(base, id).equals("SOLVING")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "job " + id + " is not solving: run the service with parallel-solver-count=2");
            }
            Thread.sleep(200);
        }
    }

    private static String status(String base, String id) throws Exception {
        return send(base, "planner", "GET", "/api/v1/schedules/" + id)
                .replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
    }

    private static String send(String base, String user, String method, String path) throws Exception {
        return DemoApi.send(base, user, method, path, null);
    }

    private static String send(String base, String user, String method, String path, String json) throws Exception {
        return DemoApi.send(base, user, method, path, json);
    }
}

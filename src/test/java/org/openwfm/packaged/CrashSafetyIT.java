package org.openwfm.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the packaged service (SIGKILL) in the middle of a claim storm and a running solve, restarts it and checks
 * what it promised: every claim answered 201 is there, every seat count balances and matches the shifts, the solve
 * goes on in the new process, and the week published before the crash is exactly as it was.
 */
class CrashSafetyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE_WEEK = "2026-11-30";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Three weeks out: every notice window is passed whatever day the tests run. */
    private static final LocalDate STORM_WEEK = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(2);

    private static final int SEATS = 4;
    private static final int AGENTS = 30;

    record Claim(String agentId, Instant start, Instant end) {}

    @TempDir
    Path workDir;

    @Test
    void aKilledServiceKeepsEveryConfirmedClaimBalancedSeatsAndItsPublishedWeek() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir, "-Dopenwfm.self-service.new-agent-tier=1")) {
            service.start();
            long published = solveAndPublishSampleWeek(service);
            JsonNode publishedBefore = json(service.send("GET", "/api/v1/schedules/" + published, "planner", null, null)
                            .body())
                    .get("shifts");
            for (int day = 0; day < 5; day++) {
                assertThat(post(
                                service,
                                "planner",
                                "/api/v1/open-slots",
                                "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"start\":\"" + newYork(day, "09:00")
                                        + "\",\"end\":\"" + newYork(day, "17:00") + "\",\"seats\":" + SEATS + "}"))
                        .isEqualTo(201);
            }
            String running = json(service.send(
                                    "POST",
                                    "/api/v1/schedules",
                                    "planner",
                                    "application/json",
                                    "{\"weekStart\":\"" + SAMPLE_WEEK + "\",\"solveSeconds\":300}")
                            .body())
                    .get("id")
                    .asText();
            awaitSolving(service, running);

            List<Claim> confirmed = stormThenKill(service, retailVoiceAgents(service));
            service.start();

            assertThat(confirmed)
                    .as("the storm got claims through before the kill")
                    .hasSizeGreaterThanOrEqualTo(10);
            assertThat(takenOver(service, running).get("status").asText())
                    .as("the killed solve goes on in the new process")
                    .isEqualTo("SOLVING");
            JsonNode stopped = json(service.send("DELETE", "/api/v1/schedules/" + running, "planner", null, null)
                    .body());
            assertThat(stopped.get("status").asText()).isEqualTo("CANCELLED");
            JsonNode publishedAfter = json(service.send("GET", "/api/v1/schedules/" + published, "planner", null, null)
                    .body());
            assertThat(publishedAfter.get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(publishedAfter.get("shifts")).isEqualTo(publishedBefore);

            List<JsonNode> stormShifts = shiftsOfStormWeek(service);
            for (Claim claim : confirmed) {
                assertThat(stormShifts).as("confirmed claim %s", claim).anySatisfy(shift -> {
                    assertThat(shift.get("agentId").asText()).isEqualTo(claim.agentId());
                    assertThat(Instant.parse(shift.get("start").asText())).isBeforeOrEqualTo(claim.start());
                    assertThat(Instant.parse(shift.get("end").asText())).isAfterOrEqualTo(claim.end());
                });
            }
            assertSeatsBalanceAndMatchTheShifts(service, stormShifts);
        }
    }

    /**
     * Thirty agents each claim one of two four-hour halves of every weekday, all at once, against four seats an
     * interval; the service is killed as soon as ten claims are confirmed. Claims in flight at the kill have no
     * answer and count for nothing here.
     */
    private static List<Claim> stormThenKill(PackagedService service, List<String> agents) throws Exception {
        List<Claim> confirmed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(AGENTS);
        for (int i = 0; i < AGENTS; i++) {
            String agent = agents.get(i);
            String half = i % 2 == 0 ? "09:00" : "13:00";
            String halfEnd = i % 2 == 0 ? "13:00" : "17:00";
            workers.submit(() -> {
                for (int day = 0; day < 5; day++) {
                    Claim claim = new Claim(agent, newYork(day, half), newYork(day, halfEnd));
                    try {
                        int status = service.send(
                                        "POST",
                                        "/api/v1/agents/" + agent + "/claims",
                                        agent,
                                        "agent",
                                        "application/json",
                                        "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"start\":\"" + claim.start()
                                                + "\",\"end\":\"" + claim.end() + "\"}")
                                .statusCode();
                        if (status == 201) {
                            confirmed.add(claim);
                            if (successes.incrementAndGet() >= 10) {
                                enough.countDown();
                            }
                        }
                    } catch (IOException killed) {
                        cutOff.incrementAndGet();
                        return null;
                    }
                }
                return null;
            });
        }
        enough.await(60, TimeUnit.SECONDS);
        service.kill();
        workers.shutdown();
        assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cutOff.get())
                .as("claims were in flight when the service was killed")
                .isPositive();
        return List.copyOf(confirmed);
    }

    /** Every interval: open = uncovered + released − claimed, claimed never above the seats, and one shift per claimed seat. */
    private static void assertSeatsBalanceAndMatchTheShifts(PackagedService service, List<JsonNode> shifts)
            throws Exception {
        JsonNode intervals = json(service.send(
                        "GET",
                        "/api/v1/open-slots?weekStart=" + STORM_WEEK
                                + "&clientId=retail&channel=VOICE&includeFilled=true",
                        "planner",
                        null,
                        null)
                .body());
        int checked = 0;
        for (JsonNode interval : intervals) {
            Instant start = Instant.parse(interval.get("start").asText());
            long onShift = shifts.stream()
                    .filter(s -> !Instant.parse(s.get("start").asText()).isAfter(start)
                            && Instant.parse(s.get("end").asText()).isAfter(start))
                    .count();
            int claimed = interval.get("claimedSeats").asInt();
            assertThat(interval.get("openSeats").asInt())
                    .as("seats at %s", start)
                    .isEqualTo(interval.get("uncoveredSeats").asInt()
                            + interval.get("releasedSeats").asInt()
                            - claimed);
            assertThat(claimed)
                    .as("claimed at %s", start)
                    .isLessThanOrEqualTo(SEATS)
                    .isEqualTo((int) onShift);
            checked++;
        }
        assertThat(checked).as("Monday to Friday, 09:00 to 17:00").isEqualTo(5 * 16);
    }

    private static List<JsonNode> shiftsOfStormWeek(PackagedService service) throws Exception {
        JsonNode schedules =
                json(service.send("GET", "/api/v1/schedules?weekStart=" + STORM_WEEK, "planner", null, null)
                        .body());
        List<JsonNode> shifts = new ArrayList<>();
        for (JsonNode schedule : schedules) {
            if (schedule.get("status").asText().equals("PUBLISHED")) {
                json(service.send(
                                        "GET",
                                        "/api/v1/schedules/"
                                                + schedule.get("id").asText(),
                                        "planner",
                                        null,
                                        null)
                                .body())
                        .get("shifts")
                        .forEach(shifts::add);
            }
        }
        return shifts;
    }

    private static void awaitSolving(PackagedService service, String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!service.send("GET", "/api/v1/schedules/" + id, "planner", null, null)
                .body()
                .contains("\"status\":\"SOLVING\"")) {
            assertThat(Instant.now()).as("the job starts solving").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** The job once the restarted process has taken it over from the killed one (Quartz recovers it). */
    private static JsonNode takenOver(PackagedService service, String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            JsonNode job = json(service.send("GET", "/api/v1/schedules/" + id, "planner", null, null)
                    .body());
            if (job.path("message").asText().startsWith("Taken over by")) {
                return job;
            }
            assertThat(Instant.now()).as("the job is taken over; last: %s", job).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static long solveAndPublishSampleWeek(PackagedService service) throws Exception {
        String id = json(service.send(
                                "POST",
                                "/api/v1/schedules",
                                "planner",
                                "application/json",
                                "{\"weekStart\":\"" + SAMPLE_WEEK + "\",\"solveSeconds\":5}")
                        .body())
                .get("id")
                .asText();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!service.send("GET", "/api/v1/schedules/" + id, "planner", null, null)
                .body()
                .contains("\"status\":\"SOLVED\"")) {
            assertThat(Instant.now()).as("the sample week solves").isBefore(deadline);
            Thread.sleep(250);
        }
        assertThat(service.send("POST", "/api/v1/schedules/" + id + "/publish", "planner", null, null)
                        .statusCode())
                .isEqualTo(200);
        return Long.parseLong(id);
    }

    private static List<String> retailVoiceAgents(PackagedService service) throws Exception {
        List<String> ids = new ArrayList<>();
        json(service.send("GET", "/api/v1/agents?clientId=retail&channel=VOICE", "planner", null, null)
                        .body())
                .forEach(agent -> ids.add(agent.get("id").asText()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(AGENTS);
        return ids.subList(0, AGENTS);
    }

    private static int post(PackagedService service, String user, String path, String body) throws Exception {
        return service.send("POST", path, user, "application/json", body).statusCode();
    }

    private static Instant newYork(int day, String time) {
        return STORM_WEEK
                .plusDays(day)
                .atTime(LocalTime.parse(time))
                .atZone(NEW_YORK)
                .toInstant();
    }

    private static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}

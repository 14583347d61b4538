package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.packaged.PackagedService;

/**
 * A planner signs in, generates the sample week, watches it solve and fill the charts, reads its sessions on the
 * timeline and the ones left out, and publishes it.
 */
class PlannerPageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path workDir;

    @Test
    void plannerGeneratesTheSampleWeekWatchesItSolveAndPublishesIt() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir);
                PageBrowser browser = new PageBrowser()) {
            service.start();
            Page page = browser.signIn(service.baseUrl(), "planner", "planner");
            // Planners plan ahead: the page opens on next week (the browser runs in UTC).
            LocalDate nextMonday = LocalDate.now(ZoneOffset.UTC)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(1);
            assertThat(page.url()).endsWith("/planner.html?week=" + nextMonday);
            assertThat(page.locator("#week")).hasValue(nextMonday.toString());

            // The sample's second week, whose Wednesday is the retailer's sale day.
            page.navigate("/planner.html?week=2026-12-07");
            PageBrowser.waitUntilReady(page);
            assertThat(page.locator("#job-status")).hasText("No schedule for this week yet");
            assertThat(page.locator("#day-charts figure")).hasCount(7);
            assertThat(page.locator("#heat .row-label"))
                    .hasText(new String[] {"bank · VOICE", "retail · CHAT", "retail · VOICE", "telecom · VOICE"});
            assertThat(scheduledAgents(page))
                    .as("nothing is scheduled before a solve")
                    .isZero();
            assertThat(page.locator("#heat canvas[data-key='retail/VOICE']")).hasAttribute("data-met", "0");
            assertThat(page.locator("#heat canvas[data-key='retail/VOICE']")).hasAttribute("data-surplus", "0");
            assertThat(requiredAgents(page)).as("the week needs agents").isPositive();
            PageBrowser.screenshot(page, "planner-1-before-solve");

            page.getByLabel("Solve for (seconds)").fill("15");
            page.getByText("Generate").click();
            // Live progress: the job solves, and its score and KPIs arrive through the event stream while it does.
            assertThat(page.locator("#job-status")).containsText("SOLVING");
            assertThat(page.locator("#job-score"))
                    .containsText("hard", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(page.locator("#kpis tbody tr").first()).containsText("All");
            assertThat(page.locator("#job-status")).containsText("SOLVING");
            PageBrowser.screenshot(page, "planner-2-solving");

            assertThat(page.locator("#job-status"))
                    .containsText("SOLVED", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#kpis tbody tr")).hasCount(5);
            // The status turns SOLVED from the event; the coverage of the finished schedule is fetched right after.
            page.waitForFunction(
                    "() => { const row = document.querySelector(\"#heat canvas[data-key='retail/VOICE']\");"
                            + " return Number(row.dataset.met) + Number(row.dataset.surplus) > 0; }");
            page.locator("#heat canvas[data-key='retail/VOICE']").hover();
            assertThat(page.locator("#heat-readout")).containsText("retail · VOICE, Thu 10 Dec");
            assertThat(page.locator("#heat-readout")).containsText("required");
            assertThat(scheduledAgents(page))
                    .as("the chart fills in with scheduled agents")
                    .isPositive();
            // Monday's shifts on the timeline, with breaks cut out of them.
            assertThat(page.locator("#gantt .row").first()).isVisible();
            assertThat(page.locator("#gantt .row .break").first()).isAttached();
            // The sale day cannot be covered: the retailer's voice channel explains its gap that Wednesday.
            page.getByLabel("Client channel").selectOption(new SelectOption().setLabel("retail · VOICE"));
            sessionsStandApartFromBreaksAndTheLeftOutOnesAreListed(service, page);
            assertThat(page.locator("#explanation li", new Page.LocatorOptions().setHasText("Wed"))
                            .first())
                    .containsText("retail VOICE is");
            PageBrowser.screenshot(page, "planner-3-solved");

            page.getByText("Publish", new Page.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page.locator("#message")).containsText("is published");
            // The status turns once the week is loaded again with its coverage (four channels), slow on a busy machine.
            assertThat(page.locator("#job-status"))
                    .containsText("PUBLISHED", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            PageBrowser.screenshot(page, "planner-4-published");

            assertThat(service.send("GET", "/api/v1/schedules?weekStart=2026-12-07", "planner", null, null)
                            .body())
                    .contains("\"status\":\"PUBLISHED\"");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    /**
     * Every session drawn on retail VOICE's timeline over the week is one the schedule placed, titled with its name,
     * supervisor and New York times, on a row apart from the breaks; the sessions left out are listed in the
     * service's own sentences, and the card is hidden when there are none.
     */
    private static void sessionsStandApartFromBreaksAndTheLeftOutOnesAreListed(PackagedService service, Page page)
            throws Exception {
        JsonNode solved = JSON.readTree(
                        service.send("GET", "/api/v1/schedules?weekStart=2026-12-07", "planner", null, null)
                                .body())
                .get(0);
        JsonNode schedule = JSON.readTree(
                service.send("GET", "/api/v1/schedules/" + solved.get("id").asLong(), "planner", null, null)
                        .body());
        Set<String> titles = new HashSet<>();
        for (JsonNode session : schedule.get("activities")) {
            String supervisor = session.hasNonNull("supervisorName")
                    ? " · supervisor " + session.get("supervisorName").asText()
                    : "";
            titles.add(session.get("name").asText() + supervisor + " · "
                    + newYorkTime(session.get("start").asText()) + "–"
                    + newYorkTime(session.get("end").asText()));
        }
        assertThat(titles).as("the solve placed sessions").isNotEmpty();
        List<String> drawn = new ArrayList<>();
        for (Locator tab : page.locator("#gantt-days button").all()) {
            tab.click();
            assertThat(tab).hasAttribute("aria-pressed", "true");
            drawn.addAll(titlesOn(page));
        }
        assertThat(drawn).as("sessions on retail VOICE's rows").isNotEmpty();
        assertThat(titles).containsAll(drawn);
        assertThat(page.locator("#gantt-heading + .legend")).containsText("team meeting, coaching or training");

        JsonNode unplaced = schedule.get("unplacedActivities");
        if (unplaced.isEmpty()) {
            assertThat(page.locator("#unplaced-card")).isHidden();
        } else {
            List<String> sentences = new ArrayList<>();
            unplaced.forEach(u -> sentences.add(u.get("sentence").asText()));
            assertThat(page.locator("#unplaced li")).hasText(sentences.toArray(String[]::new));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> titlesOn(Page page) {
        return (List<String>) page.locator("#gantt .row .session").evaluateAll("marks => marks.map(m => m.title)");
    }

    private static String newYorkTime(String instant) {
        return LocalTime.ofInstant(Instant.parse(instant), NEW_YORK).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** Sum of the scheduled-agents bars over the week's day charts, read from Chart.js itself. */
    private static double scheduledAgents(Page page) {
        return sumOfDataset(page, 1);
    }

    private static double requiredAgents(Page page) {
        return sumOfDataset(page, 0);
    }

    @SuppressWarnings("unchecked")
    private static double sumOfDataset(Page page, int dataset) {
        List<Number> values = (List<Number>) page.evaluate(
                "index => [...document.querySelectorAll('#day-charts canvas')]"
                        + ".map(c => Chart.getChart(c)).filter(c => c).flatMap(c => c.data.datasets[index].data)",
                dataset);
        return values.stream().mapToDouble(Number::doubleValue).sum();
    }
}

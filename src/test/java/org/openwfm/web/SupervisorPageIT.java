package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.packaged.PackagedService;

/**
 * Supervisor s1 (Morgan Hale, who leads Team Atlas among others) sees its teams and, once a planner has
 * published the sample's second week, Team Atlas's week: members' shifts with sessions on the timeline and the
 * team's sessions listed; an agent of the team finds the same session in its own week.
 */
class SupervisorPageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEEK = "2026-12-07";

    @TempDir
    Path workDir;

    @Test
    void supervisorSeesItsTeamsAndTheTeamsPublishedWeekWithItsSessions() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir);
                PageBrowser browser = new PageBrowser()) {
            service.start();
            JsonNode schedule = solveAndPublish(service);

            Page page = browser.signIn(service.baseUrl(), "s1", "s1");
            assertThat(page.url()).contains("/supervisor.html");
            // The teams s1 leads in the sample (Team Atlas first), by name; the API lists only those to s1.
            List<String> ownTeams = new ArrayList<>();
            teams(service, "s1").forEach(t -> ownTeams.add(t.get("name").asText()));
            assertThat(ownTeams)
                    .contains("Team Atlas")
                    .hasSizeLessThan(teams(service, "planner").size());
            assertThat(page.locator("#team option"))
                    .hasText(ownTeams.stream().sorted().toArray(String[]::new));
            assertThat(page.locator("#week")).not().hasValue("");

            page.navigate("/supervisor.html?team=T1&week=" + WEEK);
            PageBrowser.waitUntilReady(page);
            assertThat(page.locator("#team-name")).hasText("Team Atlas");
            assertThat(page.locator("#week")).hasValue(WEEK);
            JsonNode session = firstSessionOf(schedule, "Team Atlas");
            ZoneId zone = ZoneId.of(page.locator("#zone").textContent());
            Instant start = Instant.parse(session.get("start").asText());
            String times = time(start, zone) + "–"
                    + time(Instant.parse(session.get("end").asText()), zone);
            String title = session.get("name").asText() + " · supervisor Morgan Hale · " + times;

            LocalDate day = LocalDate.ofInstant(start, zone);
            page.locator("#gantt-days button[data-day='" + day + "']").click();
            // One mark on each attendee's row.
            assertThat(page.locator("#gantt .row .session[title='" + title + "']"))
                    .hasCount(session.get("agentIds").size());
            assertThat(page.locator("#gantt .row .break").first()).isAttached();

            long teamSessions = StreamSupport.stream(schedule.get("activities").spliterator(), false)
                    .filter(a -> "Team Atlas".equals(a.path("teamName").asText()))
                    .count();
            Locator rows = page.locator("#sessions tbody tr[data-kind]");
            assertThat(rows.count()).isGreaterThanOrEqualTo((int) teamSessions);
            Locator row = rows.filter(
                    new Locator.FilterOptions().setHasText(session.get("name").asText()));
            assertThat(row).hasCount(1);
            assertThat(row.locator("td").allTextContents().subList(0, 4))
                    .containsExactly(
                            dayLabel(day),
                            times,
                            kindLabel(session.get("kind").asText()),
                            session.get("name").asText());
            String attendee = session.get("agentIds").get(0).asText();
            assertThat(row.locator("td").last()).containsText(attendee);
            PageBrowser.screenshot(page, "supervisor-1-team-week");

            // Another supervisor's team is not s1's to read.
            String othersTeam = StreamSupport.stream(teams(service, "planner").spliterator(), false)
                    .filter(t -> !t.get("supervisorId").asText().equals("S1"))
                    .findFirst()
                    .orElseThrow()
                    .get("id")
                    .asText();
            assertThat(page.request().get("/api/v1/teams/" + othersTeam).status())
                    .isEqualTo(403);
            assertThat(page.request()
                            .get("/api/v1/teams/" + othersTeam + "/schedule?weekStart=" + WEEK)
                            .status())
                    .isEqualTo(403);
            assertThat(browser.scriptErrors).isEmpty();

            // The attendee finds the session in its own week, in its own zone, apart from its breaks.
            Page agent = browser.signIn(service.baseUrl(), attendee, "agent");
            agent.navigate("/agent.html?week=" + WEEK);
            PageBrowser.waitUntilReady(agent);
            ZoneId agentZone = ZoneId.of(agent.locator("#zone").textContent());
            String agentTimes = time(start, agentZone) + "–"
                    + time(Instant.parse(session.get("end").asText()), agentZone);
            Locator card = agent.locator(
                            "#week-days .day[data-day='" + LocalDate.ofInstant(start, agentZone) + "'] .session-card")
                    .filter(new Locator.FilterOptions()
                            .setHasText(session.get("name").asText()));
            assertThat(card).hasCount(1);
            assertThat(card).containsText(agentTimes);
            assertThat(card).containsText("with Morgan Hale");
            assertThat(agent.locator("#timeline .row .session[title='"
                            + session.get("name").asText() + " · supervisor Morgan Hale · " + agentTimes + "']"))
                    .hasCount(1);
            PageBrowser.screenshot(agent, "supervisor-2-agent-session");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    /** The team's meeting if the solve placed it, else its first coaching. */
    private static JsonNode firstSessionOf(JsonNode schedule, String teamName) {
        JsonNode chosen = null;
        for (JsonNode activity : schedule.get("activities")) {
            if (teamName.equals(activity.path("teamName").asText())
                    && (chosen == null
                            || "TEAM_MEETING".equals(activity.get("kind").asText()))) {
                chosen = activity;
            }
        }
        assertThat(chosen).as("a placed session of " + teamName).isNotNull();
        return chosen;
    }

    /** A planner solves the sample's second week (every client) for 15 s and publishes it; answers the schedule. */
    private static JsonNode solveAndPublish(PackagedService service) throws Exception {
        var created = service.send(
                "POST",
                "/api/v1/schedules",
                "planner",
                "application/json",
                "{\"weekStart\":\"" + WEEK + "\",\"solveSeconds\":15}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        long id = JSON.readTree(created.body()).get("id").asLong();
        Instant deadline = Instant.now().plusSeconds(120);
        String status = "QUEUED";
        while (!status.equals("SOLVED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = schedule(service, id).get("status").asText();
            assertThat(status).isIn("QUEUED", "SOLVING", "SOLVED");
        }
        var published = service.send("POST", "/api/v1/schedules/" + id + "/publish", "planner", "application/json", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return schedule(service, id);
    }

    private static JsonNode teams(PackagedService service, String user) throws Exception {
        return JSON.readTree(
                service.send("GET", "/api/v1/teams", user, null, null).body());
    }

    private static JsonNode schedule(PackagedService service, long id) throws Exception {
        return JSON.readTree(service.send("GET", "/api/v1/schedules/" + id, "planner", null, null)
                .body());
    }

    private static String time(Instant instant, ZoneId zone) {
        return LocalTime.ofInstant(instant, zone).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** As the pages write a day: "Tue 8 Dec". */
    private static String dayLabel(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "TEAM_MEETING" -> "Team meeting";
            case "COACHING" -> "Coaching";
            default -> "Training";
        };
    }
}

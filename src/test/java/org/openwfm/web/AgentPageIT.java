package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.packaged.PackagedService;

/**
 * Agent A001 (New York, retail VOICE, shifts of 4 to 10 hours) claims hours a planner released, sees a refusal
 * with its reason, sees the slot list change live when the planner releases more, and gives the hours back.
 */
class AgentPageIT {

    /** Two weeks ahead, so every notice window is passed whatever day the tests run. */
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final LocalDate WEEK = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            .plusWeeks(1);

    @TempDir
    Path workDir;

    @Test
    void agentClaimsAnOpenSlotSeesItInTheWeekAndReleasesIt() throws Exception {
        // Tier 1 for new agents: released seats are claimable at once rather than after the early-access delay.
        try (PackagedService service = PackagedService.demo(workDir, "-Dopenwfm.self-service.new-agent-tier=1");
                PageBrowser browser = new PageBrowser()) {
            service.start();
            releaseSeat(service, WEEK, "09:00", "17:00");

            Page page = browser.signIn(service.baseUrl(), "A001", "agent");
            page.navigate("/agent.html?week=" + WEEK);
            PageBrowser.waitUntilReady(page);
            assertThat(page.locator("#zone")).hasText("America/New_York");
            Locator slots = page.locator("#slots tbody tr");
            assertThat(slots).hasCount(1);
            Locator monday = slots.first();
            assertThat(monday).containsText("retail · VOICE");
            assertThat(monday.getByLabel("From").locator("option:checked")).hasText("09:00");
            assertThat(monday.getByLabel("To").locator("option:checked")).hasText("17:00");
            PageBrowser.screenshot(page, "agent-1-open-slot");

            // Two hours is shorter than A001's shortest shift: refused, and the page says why.
            monday.getByLabel("To").selectOption(new SelectOption().setLabel("11:00"));
            monday.getByText("Claim").click();
            assertThat(page.locator("#message")).containsText("Claim refused:");
            assertThat(page.locator("#message li")).containsText("A shift lasts at least 4 h");
            PageBrowser.screenshot(page, "agent-2-refused");

            monday.getByLabel("To").selectOption(new SelectOption().setLabel("17:00"));
            monday.getByText("Claim").click();
            assertThat(page.locator("#message")).containsText("Claimed");
            Locator mondayColumn = page.locator("#week-days .day[data-day='" + WEEK + "']");
            assertThat(mondayColumn.locator(".shift-card strong")).hasText("09:00–17:00");
            assertThat(slots.first()).containsText("No open slots");
            PageBrowser.screenshot(page, "agent-3-claimed");

            // Another seat, released while the page is open, appears without a reload.
            releaseSeat(service, WEEK.plusDays(1), "09:00", "15:00");
            assertThat(slots.first()).containsText("Tue");
            assertThat(slots).hasCount(1);

            mondayColumn.getByText("Give back hours").click();
            mondayColumn.getByLabel("Reason").fill("Doctor's appointment");
            mondayColumn
                    .getByText("Release", new Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page.locator("#message")).containsText("Released");
            assertThat(mondayColumn).containsText("Off");
            assertThat(slots).hasCount(2);
            assertThat(slots.first()).containsText(dayName(WEEK));
            PageBrowser.screenshot(page, "agent-4-released");

            assertThat(service.send("GET", "/api/v1/agents/A001/history", "A001", "agent", null, null)
                            .body())
                    .contains("Doctor's appointment");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    /**
     * A001 is told of a seat a planner opens while its page is open, offers the shift it claimed to a colleague, asks
     * for a Tuesday afternoon off (approved at once: inside its allowance and no shift of its), saves its hours for a later
     * week, and reads its calendar address, whose feed holds the shift.
     */
    @Test
    void agentIsNotifiedOffersAShiftAsksTimeOffSetsItsHoursAndSubscribesToItsCalendar() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir, "-Dopenwfm.self-service.new-agent-tier=1");
                PageBrowser browser = new PageBrowser()) {
            service.start();
            Page page = browser.signIn(service.baseUrl(), "A001", "agent");
            page.navigate("/agent.html?week=" + WEEK);
            PageBrowser.waitUntilReady(page);

            releaseSeat(service, WEEK, "09:00", "17:00");
            assertThat(page.locator("#inbox li[data-kind='OPEN_SEATS']"))
                    .hasCount(
                            1,
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                                    .setTimeout(30_000));
            assertThat(page.locator("#inbox-unread")).hasText("1 unread");
            PageBrowser.screenshot(page, "agent-5-notified");

            Instant start = WEEK.atTime(9, 0).atZone(NEW_YORK).toInstant();
            Instant end = WEEK.atTime(17, 0).atZone(NEW_YORK).toInstant();
            var claimed = service.send(
                    "POST",
                    "/api/v1/agents/A001/claims",
                    "A001",
                    "agent",
                    "application/json",
                    "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"start\":\"" + start + "\",\"end\":\"" + end
                            + "\"}");
            assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(201);
            page.reload();
            PageBrowser.waitUntilReady(page);
            Locator mondayColumn = page.locator("#week-days .day[data-day='" + WEEK + "']");
            mondayColumn.getByText("Offer to a colleague").click();
            mondayColumn.getByLabel("Note").fill("family visit");
            mondayColumn
                    .getByText("Offer", new Locator.GetByTextOptions().setExact(true))
                    .click();
            assertThat(page.locator("#trades-message")).containsText("Offered");
            assertThat(page.locator("#trades-mine tbody tr[data-status='OPEN']"))
                    .containsText("offered to anyone certified");
            PageBrowser.screenshot(page, "agent-6-offered");

            // Tuesday is one of A001's working days, so the afternoon counts its 4 hours against the allowance.
            LocalDate tuesday = WEEK.plusDays(1);
            page.locator("#time-off-from-day").fill(tuesday.toString());
            page.getByLabel("From time").selectOption("13:00");
            page.locator("#time-off-to-day").fill(tuesday.toString());
            page.getByLabel("To time").selectOption("17:00");
            page.locator("#time-off-reason").fill("school play");
            page.getByText("Ask for time off").click();
            assertThat(page.locator("#time-off-message")).containsText("Approved at once");
            assertThat(page.locator("#time-off-requests tbody tr[data-status='APPROVED']"))
                    .containsText("school play");
            assertThat(page.locator("#allowance")).containsText("4.0 h taken");

            page.getByText("Save my hours").click();
            assertThat(page.locator("#hours-message")).containsText("Your new hours apply from the week of");

            page.getByText("Show my calendar address").click();
            String feed = page.locator("#calendar-url").inputValue();
            assertThat(feed).contains("/api/v1/agents/A001/calendar.ics?token=");
            String path = feed.substring(feed.indexOf("/api/v1/"));
            var calendar = service.send("GET", path, null, null, null, null);
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.body()).contains("BEGIN:VCALENDAR").contains("SUMMARY:retail VOICE");
            PageBrowser.screenshot(page, "agent-7-own-week");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    private static String dayName(LocalDate day) {
        return "Mon " + day.getDayOfMonth();
    }

    /** A planner releases one retail VOICE seat on the day, between New York wall-clock times, whatever the offset. */
    private static void releaseSeat(PackagedService service, LocalDate day, String from, String to) throws Exception {
        Instant start = day.atTime(LocalTime.parse(from)).atZone(NEW_YORK).toInstant();
        Instant end = day.atTime(LocalTime.parse(to)).atZone(NEW_YORK).toInstant();
        var released = service.send(
                "POST",
                "/api/v1/open-slots",
                "planner",
                "application/json",
                "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"seats\":1}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(201);
    }
}

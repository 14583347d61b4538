package org.openwfm.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openwfm.web.PageBrowser;

/**
 * Page load times against a running service with the sample data (not a test): publishes the sample week
 * (solved for 30 s) so every page has its full data, then loads each page (see {@link #measure}), timed from
 * the start of the navigation until the page marks itself ready: its first data fetched and drawn. Debian's
 * Chromium, headless, on the same machine as the service.
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.openwfm.bench.PageLoad http://127.0.0.1:18080 20</pre>
 */
public final class PageLoad {

    private static final String WEEK = "2026-11-30";

    record PageCase(String name, String user, String password, String path) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int loads = Integer.parseInt(args[1]);
        publishSampleWeek(base);
        List<PageCase> pages = List.of(
                new PageCase("sign-in", null, null, "/"),
                new PageCase("planner", "planner", "planner", "/planner.html?week=" + WEEK),
                new PageCase("forecaster", "forecaster", "forecaster", "/forecaster.html"),
                new PageCase("agent", "A001", "agent", "/agent.html?week=" + WEEK));
        try (PageBrowser chromium = new PageBrowser()) {
            Browser browser = chromium.browser();
            System.out.println(
                    "| page | first load after start | empty browser cache | warm median | warm p95 | warm max |");
            System.out.println("|---|---|---|---|---|---|");
            for (PageCase page : pages) {
                measure(browser, base, page, loads);
            }
        }
    }

    /**
     * First load after the service started (its endpoints not yet compiled by the JIT, browser cache empty), then
     * {@code loads} warm loads, then a first load in a new browser session (empty cache) on the warm service.
     */
    private static void measure(Browser browser, String base, PageCase pageCase, int loads) {
        try (BrowserContext first = signedIn(browser, base, pageCase);
                BrowserContext fresh = signedIn(browser, base, pageCase)) {
            Page page = first.newPage();
            long afterStart = load(page, pageCase.path());
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                warm.add(load(page, pageCase.path()));
            }
            Collections.sort(warm);
            long emptyCache = load(fresh.newPage(), pageCase.path());
            System.out.printf(
                    "| %s | %d ms | %d ms | %d ms | %d ms | %d ms |%n",
                    pageCase.name(),
                    afterStart,
                    emptyCache,
                    warm.get(warm.size() / 2),
                    warm.get((int) Math.ceil(warm.size() * 0.95) - 1),
                    warm.get(warm.size() - 1));
        }
    }

    /** A browser session signed in through the sign-in form's own request, so the session cookie is in it. */
    private static BrowserContext signedIn(Browser browser, String base, PageCase pageCase) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setBaseURL(base).setViewportSize(1400, 1000));
        if (pageCase.user() != null) {
            int status = context.request()
                    .post(
                            "/j_security_check",
                            RequestOptions.create()
                                    .setForm(FormData.create()
                                            .set("j_username", pageCase.user())
                                            .set("j_password", pageCase.password())))
                    .status();
            if (status != 200) {
                throw new IllegalStateException(pageCase.user() + " could not sign in: " + status);
            }
        }
        return context;
    }

    /**
     * Milliseconds from the start of the navigation until the page marked itself ready, as the browser measured
     * them: the performance mark the page sets (a wall clock here would add Playwright's polling, up to 500 ms).
     */
    private static long load(Page page, String path) {
        page.navigate(path);
        page.waitForSelector("body[data-ready=true]");
        if (!page.url().contains(path.replaceFirst("\\?.*", ""))) {
            throw new IllegalStateException(path + " sent the browser to " + page.url()); // a sign-in that did not hold
        }
        return Math.round(
                ((Number) page.evaluate("performance.getEntriesByName('openwfm-ready')[0].startTime")).doubleValue());
    }

    private static void publishSampleWeek(String base) throws Exception {
        String job = send(base, "POST", "/api/v1/schedules", "{\"weekStart\":\"" + WEEK + "\",\"solveSeconds\":30}");
        String id = job.replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        Instant deadline = Instant.now().plusSeconds(120);
        while (!send(base, "GET", "/api/v1/schedules/" + id, null).contains("\"status\":\"SOLVED\"")) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the sample week did not solve in time");
            }
            Thread.sleep(500);
        }
        send(base, "POST", "/api/v1/schedules/" + id + "/publish", null);
    }

    private static String send(String base, String method, String path, String json) throws Exception {
        return DemoApi.send(base, "planner", method, path, json);
    }
}

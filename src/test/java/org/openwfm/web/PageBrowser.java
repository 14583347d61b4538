package org.openwfm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright. Playwright's own browser download is skipped: these machines
 * cannot reach it, and {@code apt-get install -y chromium} (which {@code .ci/run} does) puts one at /usr/bin/chromium.
 */
public final class PageBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("openwfm.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;
    /** Script errors of every page opened; a page that throws has failed even if it looks right. */
    final List<String> scriptErrors = new ArrayList<>();

    public PageBrowser() {
        assertThat(CHROMIUM)
                .as("Chromium for the browser tests: apt-get install -y chromium")
                .exists();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** The browser itself, for sessions set up otherwise (the page-load benchmark). */
    public Browser browser() {
        return browser;
    }

    /** A new browser session (own cookies) on the service at {@code baseUrl}. */
    Page open(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(1400, 1000)
                .setTimezoneId("UTC"));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onPageError(error -> scriptErrors.add(error));
        page.onConsoleMessage(message -> {
            // Refused requests (401, 409, 422) are logged by Chromium as errors too; the page shows those itself.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                scriptErrors.add(message.text());
            }
        });
        return page;
    }

    /** Signs in on the sign-in page as a user would and waits for the role's own page to be ready. */
    Page signIn(String baseUrl, String user, String password) {
        Page page = open(baseUrl);
        page.navigate("/");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL("**/*.html**");
        waitUntilReady(page);
        return page;
    }

    /** Every page marks its body once its first data is drawn. */
    static void waitUntilReady(Page page) {
        page.waitForSelector("body[data-ready=true]");
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

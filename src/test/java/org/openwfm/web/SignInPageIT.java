package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openwfm.packaged.PackagedService;

/** The sign-in page: a wrong password is refused in words, each role lands on its own page, signing out ends it. */
class SignInPageIT {

    private static PackagedService service;
    private static PageBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        service = PackagedService.demo(Files.createTempDirectory("openwfm-sign-in"));
        service.start();
        browser = new PageBrowser();
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        service.stop();
    }

    @Test
    void aWrongPasswordIsRefusedOnTheSignInPage() {
        Page page = browser.open(service.baseUrl());
        page.navigate("/");
        page.getByLabel("User name").fill("planner");
        page.getByLabel("Password").fill("not-the-password");
        page.getByText("Sign in", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#sign-in-error")).hasText("Unknown user or wrong password.");
        assertThat(page).hasURL(service.baseUrl() + "/");
        PageBrowser.screenshot(page, "sign-in-refused");
    }

    @Test
    void eachRoleLandsOnItsOwnPageAndCannotOpenAnother() {
        assertThat(browser.signIn(service.baseUrl(), "forecaster", "forecaster").url())
                .contains("/forecaster.html");
        Page agent = browser.signIn(service.baseUrl(), "A042", "agent");
        assertThat(agent.url()).contains("/agent.html");
        assertThat(agent.locator("#user-name")).hasText("A042");

        agent.navigate("/planner.html");
        agent.waitForURL("**/agent.html**");
        assertThat(agent.locator("#zone")).not().isEmpty();

        Page supervisor = browser.signIn(service.baseUrl(), "s1", "s1");
        assertThat(supervisor.url()).contains("/supervisor.html");
        assertThat(supervisor.locator("#user-name")).hasText("s1");
        supervisor.navigate("/planner.html");
        supervisor.waitForURL("**/supervisor.html**");
        // The page is only a view: the API itself refuses a supervisor the planner's calls.
        assertThat(supervisor.request().get("/api/v1/schedules").status()).isEqualTo(403);
        assertThat(supervisor.request().get("/api/v1/agents").status()).isEqualTo(403);
    }

    @Test
    void signingOutDropsTheSessionFromTheBrowserAndThePagesAskToSignInAgain() {
        Page page = browser.signIn(service.baseUrl(), "planner", "planner");
        assertThat(page.request().get("/api/v1/me").status()).isEqualTo(200);

        page.getByText("Sign out").click();
        page.waitForURL(service.baseUrl() + "/");
        assertThat(page.request().get("/api/v1/me").status()).isEqualTo(401);
        page.navigate("/planner.html");
        page.waitForURL(service.baseUrl() + "/");
        assertThat(page.getByLabel("User name")).isVisible();
    }
}

package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.packaged.PackagedService;

/** A forecaster uploads a bad CSV and reads its line numbers, then drops a good one and sees its curve. */
class ForecasterPageIT {

    private static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds";
    private static final double UPLIFT = 1.3;

    @TempDir
    Path workDir;

    @Test
    void forecasterSeesTheBadLinesOfARefusedFileThenTheCurveOfAGoodOneAgainstTheVersionBefore() throws Exception {
        try (PackagedService service = PackagedService.demo(workDir);
                PageBrowser browser = new PageBrowser()) {
            service.start();
            Page page = browser.signIn(service.baseUrl(), "forecaster", "forecaster");
            assertThat(page.locator("#versions tbody tr")).hasCount(1);
            PageBrowser.screenshot(page, "forecaster-1-signed-in");

            String bad = String.join(
                            "\n",
                            HEADER,
                            "retail,VOICE,2026-11-30T14:00:00Z,many,300",
                            "retail,VOICE,2026-11-30T14:30:00Z,10,300",
                            "nowhere,VOICE,2026-11-30T15:00:00Z,10,300")
                    + "\n";
            page.getByLabel("Drop a CSV file here, or choose one:")
                    .setInputFiles(new FilePayload("bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#result")).containsText("bad.csv was refused");
            assertThat(page.locator("#errors tbody tr")).hasCount(2);
            assertThat(page.locator("#errors tbody tr").nth(0).locator("td"))
                    .hasText(new String[] {"2", "contacts", "'many' is not a number"});
            assertThat(page.locator("#errors tbody tr").nth(1).locator("td").first())
                    .hasText("4");
            assertThat(page.locator("#errors tbody tr").nth(1).locator("td").last())
                    .containsText("nowhere");
            PageBrowser.screenshot(page, "forecaster-2-refused");

            page.getByLabel("Note for this version").fill("Cyber Monday uplift");
            drop(page, "uplift.csv", mondayOfRetailVoiceTimes(UPLIFT));
            assertThat(page.locator("#result")).containsText("Version 2 stored from uplift.csv");
            assertThat(page.locator("#errors")).isHidden();
            assertThat(page.locator("#versions tbody tr")).hasCount(2);
            assertThat(page.locator("#curve-caption")).containsText("Version 2 against version 1");
            assertThat(page.locator("#series")).hasValue("retail/VOICE");

            List<String> labels = evaluateList(
                    page, "Chart.getChart(document.getElementById('curve')).data.datasets.map(d => d.label)");
            assertThat(labels).containsExactly("Version 2", "Version 1 (before)");
            List<Number> uploaded =
                    evaluateList(page, "Chart.getChart(document.getElementById('curve')).data.datasets[0].data");
            List<Number> before =
                    evaluateList(page, "Chart.getChart(document.getElementById('curve')).data.datasets[1].data");
            assertThat(uploaded).hasSize(before.size()).hasSizeGreaterThan(10);
            for (int i = 0; i < uploaded.size(); i++) {
                assertThat(uploaded.get(i).doubleValue())
                        .isCloseTo(before.get(i).doubleValue() * UPLIFT, within(0.06));
            }
            PageBrowser.screenshot(page, "forecaster-3-uploaded");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    /** The sample forecast's retail VOICE rows of Monday, contacts scaled by {@code factor}. */
    private static String mondayOfRetailVoiceTimes(double factor) throws Exception {
        return Files.readAllLines(Path.of("data/forecast-weeks.csv")).stream()
                .filter(line -> line.startsWith("retail,VOICE,2026-11-30"))
                .map(line -> line.split(","))
                .map(cells -> String.join(
                        ",",
                        cells[0],
                        cells[1],
                        cells[2],
                        String.format(Locale.ROOT, "%.1f", Double.parseDouble(cells[3]) * factor),
                        cells[4]))
                .collect(Collectors.joining("\n", HEADER + "\n", "\n"));
    }

    /** Drops a file on the drop zone as a dragged file arrives: a drop event carrying it. */
    private static void drop(Page page, String name, String text) {
        JSHandle transfer = page.evaluateHandle(
                "([name, text]) => { const t = new DataTransfer();"
                        + " t.items.add(new File([text], name, { type: 'text/csv' })); return t; }",
                List.of(name, text));
        page.dispatchEvent("#drop-zone", "drop", Map.of("dataTransfer", transfer));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> evaluateList(Page page, String expression) {
        return (List<T>) page.evaluate(expression);
    }
}

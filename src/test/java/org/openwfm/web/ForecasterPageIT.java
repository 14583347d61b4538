package org.openwfm.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openwfm.packaged.PackagedService;

/**
 * A forecaster uploads a bad CSV and reads its line numbers, then drops a good one and sees its curve; uploads
 * actuals with a closed day, generates from them, reads the back-tests and the accuracy against the actuals, and
 * marks an event and an excluded day.
 */
class ForecasterPageIT {

    private static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds";
    private static final double UPLIFT = 1.3;
    /** The first forecast day: eight weeks of history before it, all in New York's winter time (UTC-5). */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 23);

    private static final int HISTORY_WEEKS = 8;
    /** Open 09:00 to 17:00 New York time in the actuals: 16 half-hours a day, nights and evenings absent. */
    private static final int SLOTS = 16;
    /** The Wednesday of the forecast week, when the desk stayed closed (a storm): no actuals at all that day. */
    private static final LocalDate CLOSED = FIRST_DAY.plusDays(2);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

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

            page.getByLabel("Note for this upload").fill("Cyber Monday uplift");
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

    @Test
    void forecasterUploadsActualsGeneratesFromThemAndReadsTheBackTestTheAccuracyPerDayAndTheGapsOfNightsAndAClosedDay()
            throws Exception {
        try (PackagedService service = PackagedService.demo(workDir);
                PageBrowser browser = new PageBrowser()) {
            service.start();
            Page page = browser.signIn(service.baseUrl(), "forecaster", "forecaster");
            Locator result = page.locator("#result");
            Locator errors = page.locator("#errors tbody tr");

            page.getByLabel("actuals (what happened)").check();
            String refused = HEADER + "\nretail,VOICE,2026-02-23T14:00:00Z,-1,300\n";
            drop(page, "refused.csv", refused);
            assertThat(result).containsText("refused.csv was refused");
            assertThat(errors).hasCount(1);
            assertThat(errors.first().locator("td").nth(0)).hasText("2");
            assertThat(errors.first().locator("td").nth(1)).hasText("contacts");

            drop(page, "history.csv", actualsCsv());
            int rows = ((HISTORY_WEEKS + 1) * 7 - 1) * SLOTS;
            // The demo's own history is the first actuals upload, so the number is whatever comes next.
            assertThat(result)
                    .containsText(Pattern.compile("Actuals upload \\d+ stored from history\\.csv: " + rows + " rows"));
            assertThat(page.locator("#errors")).isHidden();

            page.selectOption("#work-series", "retail/VOICE");
            assertThat(page.locator("#work-zone")).containsText("America/New_York");

            // auto: every method back-tested, the chosen one marked on each of the 14 lead days.
            generate(page, 2, "auto");
            Locator generated = page.locator("#generate-result");
            assertThat(generated)
                    .containsText("Version 2 stored", new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            assertThat(generated).containsText("method auto");
            assertThat(page.locator("#accuracy-version")).hasValue("2");
            Locator backTest = page.locator("#back-test");
            assertThat(backTest.locator("thead tr").first().locator("th"))
                    .hasText(
                            new String[] {"Lead day", "seasonal-naive", "weekday-average", "holt-winters", "combined"});
            assertThat(backTest.locator("tbody tr")).hasCount(14);
            assertThat(backTest.locator("tbody tr").first().locator("th")).hasText("1");
            assertThat(backTest.locator("tbody td.chosen")).hasCount(14 * 2);
            assertThat(backTest.locator("tfoot th")).hasText("All lead days");
            assertThat(backTest.locator("tfoot td")).hasCount(4 * 2);
            PageBrowser.screenshot(page, "forecaster-4-auto");

            // A named method: one method for every lead day, and its own back-test. 56 days less the 7 it needs:
            // 42 origins, from day 14 (12 Jan) to the last (22 Feb), 7 days ahead. Weeks alternate by 1, so last
            // week's slot is always 1 off, as is the naive scale: MASE 1. Lead 1 scores days 14 to 55: 672 slots,
            // each 1 off, on 9,072 contacts, WAPE 7.4 %; all lead days 4,368 on 59,584, 7.3 %.
            generate(page, 1, "seasonal-naive");
            assertThat(generated)
                    .containsText("Version 3 stored", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(generated).containsText("method seasonal-naive");
            assertThat(page.locator("#lead-methods tbody tr")).hasCount(1);
            assertThat(page.locator("#lead-methods tbody tr td"))
                    .hasText(new String[] {"1 – 7", "Mon 23 Feb – Sun 1 Mar", "seasonal-naive"});
            assertThat(backTest).isVisible();
            assertThat(page.locator("#back-test-skipped")).isHidden();
            assertThat(backTest.locator("caption"))
                    .containsText("Back-test of seasonal-naive: 42 forecasts, one from each day 2026-01-12 to"
                            + " 2026-02-22, each 7 days ahead");
            assertThat(backTest.locator("thead tr").first().locator("th"))
                    .hasText(new String[] {"Lead day", "seasonal-naive"});
            assertThat(backTest.locator("tbody tr")).hasCount(7);
            assertThat(backTest.locator("tbody tr").first().locator("th, td"))
                    .hasText(new String[] {"1", "7.4%", "1.00"});
            assertThat(backTest.locator("tbody tr").last().locator("th, td"))
                    .hasText(new String[] {"7", "7.3%", "1.00"});
            assertThat(backTest.locator("tbody td.chosen")).hasCount(0);
            assertThat(backTest.locator("tfoot td")).hasText(new String[] {"7.3%", "1.00"});
            PageBrowser.screenshot(page, "forecaster-4b-named-back-test");
            assertThat(page.locator("#versions tbody tr").first().locator("td").nth(3))
                    .hasText("seasonal-naive");

            // Seasonal naive repeats the last week (odd, so 11 + d contacts on weekday d); d + 1 more happened, but
            // nothing on the closed Wednesday (d = 2), which has a forecast and no actuals, so it is not compared.
            // Monday: |11 - 12| / 12 = 8.3 %, bias -8.3 %; the six open days: sum(d + 1) / sum(12 + 2d) = 25 / 110
            // = 22.7 %. The history alternates by 1 week on week, so MASE is the mean error itself: 1 on Monday,
            // 16 * 25 / 96 = 4.17 in all.
            assertThat(page.locator("#accuracy-version")).hasValue("3");
            Locator days = page.locator("#accuracy-days tbody tr");
            assertThat(days).hasCount(6);
            assertThat(days.locator("th")).hasText(new String[] {
                "Mon 23 Feb", "Tue 24 Feb", "Thu 26 Feb", "Fri 27 Feb", "Sat 28 Feb", "Sun 1 Mar"
            });
            assertThat(days.first().locator("td").allTextContents().subList(0, 7))
                    .containsExactly("16", "192", "176", "8.3%", "-8.3%", "1.00", "0.0%");
            assertThat(days.last().locator("td").nth(3)).hasText(percent(6 + 1, 12 + 2 * 6));
            Locator all = page.locator("#accuracy-days tfoot tr");
            assertThat(all.locator("th")).hasText("All days");
            assertThat(all.locator("td").allTextContents().subList(0, 7))
                    .containsExactly("96", "1,760", "1,360", "22.7%", "-22.7%", "4.17", "0.0%");

            // The chart: a real time axis in epoch milliseconds, a null between the days (no line across nights),
            // day ticks at New York's midnights. The closed Wednesday is a gap too: one null between Tuesday's last
            // interval and Thursday's first, and no point anywhere in the day, so no line is drawn across it.
            String chart = "Chart.getChart(document.getElementById('accuracy-chart'))";
            List<Map<String, Object>> actual = evaluateList(page, chart + ".data.datasets[0].data");
            List<Map<String, Object>> forecast = evaluateList(page, chart + ".data.datasets[1].data");
            assertThat(actual).hasSize(6 * SLOTS + 5).hasSameSizeAs(forecast);
            List<Integer> gaps = new ArrayList<>();
            List<Integer> forecastGaps = new ArrayList<>();
            for (int i = 0; i < actual.size(); i++) {
                if (actual.get(i).get("y") == null) {
                    gaps.add(i);
                }
                if (forecast.get(i).get("y") == null) {
                    forecastGaps.add(i);
                }
            }
            assertThat(gaps).containsExactly(16, 33, 50, 67, 84);
            assertThat(forecastGaps).isEqualTo(gaps);
            assertThat(x(actual.get(0))).isEqualTo(epochMillis(FIRST_DAY, 9, 0));
            assertThat(x(actual.get(15))).isEqualTo(epochMillis(FIRST_DAY, 16, 30));
            assertThat(x(actual.get(17))).isEqualTo(epochMillis(FIRST_DAY.plusDays(1), 9, 0));
            assertThat(x(actual.get(32))).isEqualTo(epochMillis(CLOSED.minusDays(1), 16, 30));
            assertThat(x(actual.get(34))).isEqualTo(epochMillis(CLOSED.plusDays(1), 9, 0));
            assertThat(x(actual.get(33)))
                    .isEqualTo((epochMillis(CLOSED.minusDays(1), 16, 30) + epochMillis(CLOSED.plusDays(1), 9, 0)) / 2);
            long closedFrom = epochMillis(CLOSED, 0, 0);
            long closedTo = epochMillis(CLOSED.plusDays(1), 0, 0);
            assertThat(actual)
                    .filteredOn(point -> point.get("y") != null)
                    .noneMatch(point -> x(point) >= closedFrom && x(point) < closedTo);
            assertThat(forecast)
                    .filteredOn(point -> point.get("y") != null)
                    .noneMatch(point -> x(point) >= closedFrom && x(point) < closedTo);
            assertThat(((Number) actual.get(0).get("y")).doubleValue()).isEqualTo(12.0);
            assertThat(((Number) forecast.get(0).get("y")).doubleValue()).isEqualTo(11.0);
            assertThat((Boolean) page.evaluate(chart + ".options.spanGaps")).isFalse();
            assertThat((Boolean) page.evaluate(chart + ".data.datasets.every(d => d.spanGaps === false)"))
                    .isTrue();
            assertThat((String) page.evaluate(chart + ".options.scales.x.type")).isEqualTo("linear");
            List<Number> ticks = evaluateList(page, chart + ".scales.x.ticks.map(t => t.value)");
            List<String> tickLabels = evaluateList(page, chart + ".scales.x.ticks.map(t => t.label)");
            assertThat(ticks.get(0).longValue()).isEqualTo(epochMillis(FIRST_DAY, 0, 0));
            assertThat(tickLabels.get(0)).isEqualTo("Mon 23 Feb");
            assertThat(tickLabels).contains("Wed 25 Feb");
            PageBrowser.screenshot(page, "forecaster-5-accuracy");

            // Special days: an event and an excluded day marked and listed, the event removed. The list shows a year
            // either side of today, so the days are near it.
            LocalDate sale = LocalDate.now(ZoneOffset.UTC).plusDays(20);
            String saleLabel = label(sale);
            page.getByLabel("Date", EXACT).fill(sale.toString());
            page.selectOption("#special-kind", "EVENT");
            page.getByLabel("Name", EXACT).fill("Spring sale");
            page.getByLabel("Uplift (events, optional)", EXACT).fill("1.5");
            // The demo's two "flash sale" days are listed already.
            Locator marks = page.locator("#special-days tbody tr");
            assertThat(marks).hasCount(2);
            mark(page);
            assertThat(page.locator("#special-result")).containsText(saleLabel + " marked as event for retail");
            assertThat(marks).hasCount(3);
            Locator spring = marks.filter(new Locator.FilterOptions().setHasText(saleLabel + " " + sale.getYear()));
            assertThat(spring.locator("td").allTextContents().subList(0, 4))
                    .containsExactly(saleLabel + " " + sale.getYear(), "event", "Spring sale", "×1.50");

            LocalDate outage = sale.plusDays(1);
            String outageLabel = label(outage);
            page.getByLabel("Date", EXACT).fill(outage.toString());
            page.selectOption("#special-kind", "EXCLUDED");
            page.getByLabel("Name", EXACT).fill("Phone outage");
            page.getByLabel("Note on the mark", EXACT).fill("carrier down all day");
            mark(page);
            assertThat(page.locator("#special-result")).containsText(outageLabel + " marked as excluded for retail");
            assertThat(marks).hasCount(4);
            Locator excluded =
                    marks.filter(new Locator.FilterOptions().setHasText(outageLabel + " " + outage.getYear()));
            // An excluded day has no uplift: the column is empty.
            assertThat(excluded.locator("td").allTextContents().subList(0, 6))
                    .containsExactly(
                            outageLabel + " " + outage.getYear(),
                            "excluded",
                            "Phone outage",
                            "",
                            "carrier down all day",
                            "forecaster");
            PageBrowser.screenshot(page, "forecaster-6-special-day");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the mark of " + saleLabel))
                    .click();
            assertThat(marks).hasCount(3);
            assertThat(spring).hasCount(0);
            assertThat(excluded).hasCount(1);
            assertThat(page.locator("#special-result")).containsText(saleLabel + " is no longer marked");
            assertThat(browser.scriptErrors).isEmpty();
        }
    }

    private static void mark(Page page) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Mark").setExact(true))
                .click();
    }

    /** A date as the page labels it: "Mon 23 Feb". */
    private static String label(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH));
    }

    private static void generate(Page page, int weeks, String method) {
        page.getByLabel("First day", EXACT).fill(FIRST_DAY.toString());
        page.getByLabel("Weeks", EXACT).fill(String.valueOf(weeks));
        page.selectOption("#generate-method", method);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate"))
                .click();
    }

    /**
     * Retail VOICE actuals, 09:00 to 17:00 New York time: eight weeks of history whose weekday d has 10 + d contacts
     * in even weeks and 11 + d in odd ones, then the forecast week with 12 + 2d, except its Wednesday, when the desk
     * was closed and nothing happened (no rows); 300 s handle time throughout.
     */
    private static String actualsCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        LocalDate first = FIRST_DAY.minusWeeks(HISTORY_WEEKS);
        for (int week = 0; week <= HISTORY_WEEKS; week++) {
            for (int d = 0; d < 7; d++) {
                if (first.plusDays(week * 7L + d).equals(CLOSED)) {
                    continue;
                }
                int contacts = week < HISTORY_WEEKS ? 10 + d + week % 2 : 12 + 2 * d;
                for (int slot = 0; slot < SLOTS; slot++) {
                    Instant start = Instant.ofEpochMilli(
                            epochMillis(first.plusDays(week * 7L + d), 9 + slot / 2, slot % 2 * 30));
                    csv.append("retail,VOICE,")
                            .append(start)
                            .append(',')
                            .append(contacts)
                            .append(",300\n");
                }
            }
        }
        return csv.toString();
    }

    private static long epochMillis(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(NEW_YORK).toInstant().toEpochMilli();
    }

    private static long x(Map<String, Object> point) {
        return ((Number) point.get("x")).longValue();
    }

    /** A WAPE as the page prints it. */
    private static String percent(double error, double actual) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * error / actual);
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

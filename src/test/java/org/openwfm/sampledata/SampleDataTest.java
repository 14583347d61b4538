package org.openwfm.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.openwfm.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SampleDataTest {

    @Test
    void loadsThreeClientsInDifferentZones() {
        List<String> zones = as("planner")
                .get("/api/v1/clients")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id in ['retail','telecom','bank'] }.timeZone");

        assertThat(zones).containsExactlyInAnyOrder("America/New_York", "America/Chicago", "America/Los_Angeles");
    }

    @Test
    void loadsAHundredAndFiftyAgentsSomeCertifiedForTwoClients() {
        List<Map<String, Object>> agents = as("planner")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id ==~ /A\\d{3}/ }");

        assertThat(agents).hasSize(150);
        long twoClients = agents.stream()
                .filter(a -> ((List<Map<String, String>>) a.get("certifications"))
                                .stream().map(c -> c.get("clientId")).distinct().count()
                        > 1)
                .count();
        assertThat(twoClients).isBetween(15L, 60L);
        assertThat(agents).extracting(a -> a.get("timeZone")).contains("America/Phoenix", "America/Denver");
    }

    @Test
    void loadsFourForecastWeeksWhoseOneSaleDayIsTheSecondWeeksWednesday() {
        // The tests pin the demo's first week to the files' own Monday, 2026-11-30 (New York: UTC-5).
        double saleDay = dailyContacts("2026-12-09T05:00:00Z", "2026-12-10T05:00:00Z");
        double dayBefore = dailyContacts("2026-12-08T05:00:00Z", "2026-12-09T05:00:00Z");
        double sameDayAWeekEarlier = dailyContacts("2026-12-02T05:00:00Z", "2026-12-03T05:00:00Z");

        assertThat(saleDay).isBetween(4_500.0, 5_500.0).isGreaterThan(5 * dayBefore);
        assertThat(sameDayAWeekEarlier).isBetween(400.0, 1_000.0);
        assertThat(dailyContacts("2026-12-27T05:00:00Z", "2026-12-28T05:00:00Z"))
                .as("last day of week 4")
                .isGreaterThan(300);
        assertThat(dailyContacts("2026-12-28T05:00:00Z", "2026-12-29T05:00:00Z"))
                .as("after the four weeks")
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A001", "A075", "A150"})
    void sampleAgentsSignInWithTheirIdAndPasswordAgent(String agentId) {
        as(agentId)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(agentId))
                .body("role", equalTo("agent"))
                .body("agentId", equalTo(agentId));
    }

    @Test
    void aPersonalDayFallsOnTheSecondWeeksThursdayInTheAgentsOwnZone() {
        List<Map<String, Object>> timeOff = as("planner")
                .get("/api/v1/agents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.id ==~ /A\\d{3}/ }.timeOff.flatten()");

        assertThat(timeOff)
                .isNotEmpty()
                .allSatisfy(t -> assertThat((String) t.get("start")).startsWith("2026-12-10T0"));
    }

    private static double dailyContacts(String from, String to) {
        List<Float> contacts = as("planner")
                .queryParams("clientId", "retail", "channel", "VOICE", "from", from, "to", to)
                .get("/api/v1/forecasts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("intervals.contacts", Float.class);
        return contacts.stream().mapToDouble(Float::doubleValue).sum();
    }
}

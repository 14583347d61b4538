package org.openwfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.shared.error.Violation;

class ForecastCsvTest {

    private static final String HEADER = "client_id,channel,interval_start,contacts,aht_seconds\n";

    @Test
    void readsAGoodRowIntoTypedValues() {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(HEADER + "retail,voice,2026-11-30T08:00:00-05:00,42.5,310\n");

        assertThat(parsed.errors()).isEmpty();
        ForecastCandidate row = parsed.candidates().get(0);
        assertThat(row.clientId()).isEqualTo("retail");
        assertThat(row.channel()).isEqualTo(Channel.VOICE);
        assertThat(row.start()).isEqualTo(Instant.parse("2026-11-30T13:00:00Z"));
        assertThat(row.contacts()).isEqualTo(42.5);
        assertThat(row.ahtSeconds()).isEqualTo(310.0);
    }

    @Test
    void acceptsColumnsInAnyOrder() {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(
                "contacts,aht_seconds,client_id,channel,interval_start\n7,200,bank,VOICE,2026-11-30T14:00:00Z\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.candidates().get(0).clientId()).isEqualTo("bank");
        assertThat(parsed.candidates().get(0).contacts()).isEqualTo(7.0);
    }

    @Test
    void refusesNotANumberInfinityAndJavaSuffixes() {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(HEADER
                + "retail,VOICE,2026-11-30T13:00:00Z,NaN,310\n"
                + "retail,VOICE,2026-11-30T13:30:00Z,Infinity,310\n"
                + "retail,VOICE,2026-11-30T14:00:00Z,5d,0x10\n");

        assertThat(parsed.errors()).extracting(Violation::line).containsExactly(2, 3, 4, 4);
        assertThat(parsed.errors())
                .extracting(Violation::column)
                .containsExactly("contacts", "contacts", "contacts", "aht_seconds");
    }

    @Test
    void reportsAWrongHeaderOnLineOne() {
        ForecastCsv.Parsed parsed = ForecastCsv.parse("client,channel,start,contacts,aht\nretail,VOICE,x,1,1\n");

        assertThat(parsed.errors())
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.line()).isEqualTo(1));
        assertThat(parsed.errors()).extracting(Violation::column).contains("client", "start", "aht");
        assertThat(parsed.candidates()).isEmpty();
    }

    @Test
    void reportsAWrongFieldCount() {
        ForecastCsv.Parsed parsed = ForecastCsv.parse(HEADER + "retail,VOICE,2026-11-30T13:00:00Z,5\n");

        assertThat(parsed.errors()).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(2);
            assertThat(v.message()).isEqualTo("expected 5 fields, found 4");
        });
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(ForecastCsv.parse("").errors())
                .singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("the file is empty"));
        assertThat(ForecastCsv.parse(HEADER).errors())
                .singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("the file has a header but no rows"));
    }
}

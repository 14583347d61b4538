package org.openwfm.forecast.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.forecast.UploadCsv;
import org.openwfm.shared.error.Violation;

class ActualsCsvTest {

    @Test
    void readsTheOptionalColumnsInAnyOrder() {
        UploadCsv.Read<ActualCandidate> read = ActualsCsv.parse("answered_in_target,contacts,aht_seconds,client_id,"
                + "abandoned,interval_start,channel\n9,12,300,retail,1,2026-03-02T08:00:00-05:00,voice\n");

        assertThat(read.errors()).isEmpty();
        ActualCandidate row = read.rows().get(0);
        assertThat(row.interval().clientId()).isEqualTo("retail");
        assertThat(row.interval().channel()).isEqualTo(Channel.VOICE);
        assertThat(row.interval().start()).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
        assertThat(row.interval().contacts()).isEqualTo(12.0);
        assertThat(row.abandoned()).isEqualTo(1.0);
        assertThat(row.answeredInTarget()).isEqualTo(9.0);
    }

    @Test
    void aColumnLeftOutIsUnknownForEveryRow() {
        UploadCsv.Read<ActualCandidate> read = ActualsCsv.parse(
                "client_id,channel,interval_start,contacts,aht_seconds,abandoned\nretail,VOICE,2026-03-02T13:00:00Z,5,300,2\n");

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows().get(0).abandoned()).isEqualTo(2.0);
        assertThat(read.rows().get(0).answeredInTarget()).isNull();
    }

    @Test
    void aQuietIntervalIsStoredWithoutHandleTime() {
        ActualRow row = ActualsCsv.parse(
                        "client_id,channel,interval_start,contacts,aht_seconds\nretail,VOICE,2026-03-02T13:00:00Z,0,0\n")
                .rows()
                .get(0)
                .toRow();

        assertThat(row.interval().ahtSeconds()).isNull();
        assertThat(row.interval().contacts()).isZero();
    }

    @Test
    void aWrongHeaderNamesTheOptionalColumnsToo() {
        UploadCsv.Read<ActualCandidate> read = ActualsCsv.parse("client_id,channel,start,contacts,aht_seconds\nx\n");

        assertThat(read.errors())
                .extracting(Violation::message)
                .containsExactly("unknown column 'start'; expected client_id,channel,interval_start,contacts,"
                        + "aht_seconds (optionally also abandoned,answered_in_target)");
    }
}

package org.openwfm.forecast.actuals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.shared.error.ProblemException;

/**
 * The reader other features use, and uploads of a month of three channels: through the service, as forecast generation
 * would call it. A month, not a year: every row stays in the suite's database, and the hostile-input test reads every
 * row of every table around each of its cases.
 */
@QuarkusTest
class ActualsSeriesTest {

    private static final Instant MONTH_START = Instant.parse("2024-02-01T00:00:00Z");
    private static final Instant MONTH_END = Instant.parse("2024-03-01T00:00:00Z");
    /** February 2024 (a leap year): 29 days of 48 half hours. */
    private static final int INTERVALS_IN_MONTH = 29 * 48;

    @Inject
    ActualsService actuals;

    @Test
    void aMonthOfThreeChannelsIsStoredWholeAndASecondUploadReplacesEveryRow() {
        String csv = monthOf(List.of("retail,VOICE", "retail,CHAT", "telecom,VOICE"), 1);

        ActualsViews.UploadView first = actuals.uploadCsv(csv, "forecaster", "February 2024");
        ActualsViews.UploadView second = actuals.uploadCsv(monthOf(List.of("retail,CHAT"), 2), "forecaster", null);

        assertThat(first.rowCount()).isEqualTo(3 * INTERVALS_IN_MONTH);
        assertThat(first.replacedCount()).isZero();
        assertThat(first.spanEnd()).isEqualTo(MONTH_END);
        assertThat(second.replacedCount()).isEqualTo(INTERVALS_IN_MONTH);
        List<ActualInterval> chat = actuals.series("retail", Channel.CHAT, MONTH_START, MONTH_END);
        assertThat(chat).hasSize(INTERVALS_IN_MONTH);
        assertThat(chat).allSatisfy(i -> assertThat(i.contacts()).isEqualTo(2 * contactsAt(i.start())));
        List<ActualInterval> voice = actuals.series("telecom", Channel.VOICE, MONTH_START, MONTH_END);
        assertThat(voice).hasSize(INTERVALS_IN_MONTH);
        assertThat(voice.get(0)).isEqualTo(new ActualInterval(MONTH_START, 0, null, 0.0, 0.0));
        assertThat(voice.get(1))
                .isEqualTo(new ActualInterval(MONTH_START.plus(Duration.ofMinutes(30)), 1, 240.0, 0.0, 1.0));
    }

    @Test
    void theSeriesIsOrderedHalfOpenAndSparse() {
        actuals.uploadCsv(
                "client_id,channel,interval_start,contacts,aht_seconds\n"
                        + "bank,VOICE,2025-06-02T15:00:00Z,7,200\n"
                        + "bank,VOICE,2025-06-02T13:00:00Z,5,210\n"
                        + "bank,VOICE,2025-06-02T16:00:00Z,9,220\n",
                "forecaster",
                null);

        List<ActualInterval> series = actuals.series(
                "bank", Channel.VOICE, Instant.parse("2025-06-02T13:00:00Z"), Instant.parse("2025-06-02T16:00:00Z"));

        assertThat(series)
                .containsExactly(
                        new ActualInterval(Instant.parse("2025-06-02T13:00:00Z"), 5, 210.0, null, null),
                        new ActualInterval(Instant.parse("2025-06-02T15:00:00Z"), 7, 200.0, null, null));
    }

    @Test
    void theSeriesRefusesAnUnknownClientOrChannel() {
        Instant from = Instant.parse("2025-06-01T00:00:00Z");
        Instant to = Instant.parse("2025-06-02T00:00:00Z");

        assertThatThrownBy(() -> actuals.series("nobody", Channel.VOICE, from, to))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("clientId"));
        assertThatThrownBy(() -> actuals.series("bank", Channel.CHAT, from, to))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("channel"));
    }

    /** Every half hour of February 2024 for each client channel: contacts cycle 0..9 times the factor, quiet when 0. */
    private static String monthOf(List<String> clientChannels, int factor) {
        StringBuilder csv = new StringBuilder(
                "client_id,channel,interval_start,contacts,aht_seconds,abandoned,answered_in_target\n");
        for (String clientChannel : clientChannels) {
            for (int i = 0; i < INTERVALS_IN_MONTH; i++) {
                Instant start = MONTH_START.plus(Duration.ofMinutes(30L * i));
                double contacts = factor * contactsAt(start);
                csv.append(clientChannel)
                        .append(',')
                        .append(start)
                        .append(',')
                        .append(contacts)
                        .append(',')
                        .append(contacts == 0 ? 0 : 240)
                        .append(",0,")
                        .append(contacts)
                        .append('\n');
            }
        }
        return csv.toString();
    }

    private static double contactsAt(Instant start) {
        return Duration.between(MONTH_START, start).toMinutes() / 30 % 10;
    }
}

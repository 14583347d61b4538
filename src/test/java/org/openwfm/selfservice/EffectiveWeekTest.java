package org.openwfm.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The week an agent's new hours apply from, on concrete dates (Phoenix: UTC-7 all year). */
class EffectiveWeekTest {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aChangeOnAWednesdayWithAWeeksNoticeAppliesFromTheMondayAfterNext() {
        // Wed 2027-03-03 05:00 Phoenix; a week later is Wed 2027-03-10, inside the week of Mon 2027-03-08.
        Instant now = Instant.parse("2027-03-03T12:00:00Z");

        LocalDate from = EffectiveWeek.first(now, PHOENIX, WEEK, week -> false);

        assertThat(from).isEqualTo(LocalDate.parse("2027-03-15"));
    }

    @Test
    void aWeekStartingExactlyAtTheEndOfTheNoticeStillCounts() {
        // Mon 2027-03-01 00:00 Phoenix; the notice ends Mon 2027-03-08 00:00 Phoenix, that week's very start.
        Instant now = Instant.parse("2027-03-01T07:00:00Z");

        LocalDate from = EffectiveWeek.first(now, PHOENIX, WEEK, week -> false);

        assertThat(from).isEqualTo(LocalDate.parse("2027-03-08"));
    }

    @Test
    void theWeekIsTheAgentsOwnMondayToMonday() {
        // Mon 2027-03-08 03:00 UTC is still Sunday 2027-03-07 20:00 in Phoenix: with no notice, the Phoenix week
        // of Mon 2027-03-08 has not begun, so it is the first one.
        Instant now = Instant.parse("2027-03-08T03:00:00Z");

        assertThat(EffectiveWeek.first(now, PHOENIX, Duration.ZERO, week -> false))
                .isEqualTo(LocalDate.parse("2027-03-08"));
        assertThat(EffectiveWeek.first(now, ZoneId.of("UTC"), Duration.ZERO, week -> false))
                .isEqualTo(LocalDate.parse("2027-03-15"));
    }

    @Test
    void publishedWeeksPushTheChangeToTheWeekAfterTheLastOfThem() {
        Instant now = Instant.parse("2027-03-03T12:00:00Z");
        Set<LocalDate> published =
                Set.of(LocalDate.parse("2027-03-15"), LocalDate.parse("2027-03-22"), LocalDate.parse("2027-04-05"));

        LocalDate from = EffectiveWeek.first(now, PHOENIX, WEEK, published::contains);

        // 03-29 is not published, but 04-05 is: hours applying from 03-29 on would change under it.
        assertThat(from).isEqualTo(LocalDate.parse("2027-04-12"));
    }

    @Test
    void aPublishedWeekBeforeTheNoticeEndsChangesNothing() {
        Instant now = Instant.parse("2027-03-03T12:00:00Z");

        LocalDate from = EffectiveWeek.first(now, PHOENIX, WEEK, Set.of(LocalDate.parse("2027-03-08"))::contains);

        assertThat(from).isEqualTo(LocalDate.parse("2027-03-15"));
    }
}

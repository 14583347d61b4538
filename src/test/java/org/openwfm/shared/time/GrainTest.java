package org.openwfm.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GrainTest {

    @Test
    void halfHoursAreOnTheThirtyMinuteGrainAndQuartersOnlyOnTheFifteen() {
        assertThat(Grain.isOnGrain(Instant.parse("2026-11-30T13:30:00Z"), 30)).isTrue();
        assertThat(Grain.isOnGrain(Instant.parse("2026-11-30T13:45:00Z"), 30)).isFalse();
        assertThat(Grain.isOnGrain(Instant.parse("2026-11-30T13:45:00Z"), 15)).isTrue();
    }

    @Test
    void secondsOrNanosOffTheGrainAreRefused() {
        assertThat(Grain.isOnGrain(Instant.parse("2026-11-30T13:30:01Z"), 30)).isFalse();
        assertThat(Grain.isOnGrain(Instant.parse("2026-11-30T13:30:00.5Z"), 30)).isFalse();
    }
}

package org.openwfm.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinuteOfDayTest {

    @Test
    void readsTimesFromMidnightToMidnight() {
        assertThat(MinuteOfDay.parse("00:00")).isZero();
        assertThat(MinuteOfDay.parse("08:30")).isEqualTo(510);
        assertThat(MinuteOfDay.parse("24:00")).isEqualTo(1440);
    }

    @Test
    void refusesWhatIsNotATimeOfDay() {
        assertThat(MinuteOfDay.parse("24:30")).isEqualTo(-1);
        assertThat(MinuteOfDay.parse("8:00")).isEqualTo(-1);
        assertThat(MinuteOfDay.parse("08:60")).isEqualTo(-1);
        assertThat(MinuteOfDay.parse(null)).isEqualTo(-1);
    }

    @Test
    void writesTwoDigitHoursAndMinutes() {
        assertThat(MinuteOfDay.format(510)).isEqualTo("08:30");
        assertThat(MinuteOfDay.format(1440)).isEqualTo("24:00");
    }
}

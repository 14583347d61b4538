package org.openwfm.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.shared.error.Violation;

class WeeklyRangesTest {

    record Span(DayOfWeek day, String from, String to) {}

    private static List<Violation> check(Span... spans) {
        return WeeklyRanges.check(
                "hours",
                List.of(spans),
                Span::day,
                new WeeklyRanges.Field<>("open", Span::from),
                new WeeklyRanges.Field<>("close", Span::to));
    }

    @Test
    void acceptsSeparateRangesOnOneDayAndAMidnightClose() {
        assertThat(check(new Span(DayOfWeek.MONDAY, "08:00", "12:00"), new Span(DayOfWeek.MONDAY, "13:00", "24:00")))
                .isEmpty();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(check(new Span(DayOfWeek.MONDAY, "22:00", "02:00")))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("hours[0].close"));
    }

    @Test
    void refusesOverlapsOnTheSameDayOnly() {
        List<Violation> errors = check(
                new Span(DayOfWeek.MONDAY, "08:00", "12:00"),
                new Span(DayOfWeek.TUESDAY, "09:00", "10:00"),
                new Span(DayOfWeek.MONDAY, "11:00", "14:00"));

        assertThat(errors).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("hours[2]");
            assertThat(v.message()).isEqualTo("overlaps hours[0] on MONDAY");
        });
    }

    @Test
    void refusesUnreadableTimes() {
        assertThat(check(new Span(DayOfWeek.FRIDAY, "9am", "25:00")))
                .extracting(Violation::field)
                .containsExactly("hours[0].open", "hours[0].close");
    }
}

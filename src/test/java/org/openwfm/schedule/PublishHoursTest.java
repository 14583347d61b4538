package org.openwfm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.Availability;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.WeekHours;

/** Whether a shift lies in the agent's hours of its week: Phoenix (UTC-7), hours changing from Mon 2027-10-11. */
class PublishHoursTest {

    private static final List<Availability> STANDING = List.of(
            new Availability(DayOfWeek.MONDAY, 8 * 60, 12 * 60),
            new Availability(DayOfWeek.MONDAY, 22 * 60, 24 * 60),
            new Availability(DayOfWeek.TUESDAY, 0, 2 * 60));
    private static final List<Availability> CHANGED = List.of(new Availability(DayOfWeek.TUESDAY, 13 * 60, 17 * 60));
    private static final AgentProfile AGENT = new AgentProfile(
            "PH1",
            "America/Phoenix",
            new ContractTerms(0, 2400, 480, 120, 480, 480, 6),
            new BreakTerms(0, 240, 0, 360),
            List.of(),
            STANDING,
            List.of(),
            List.of(),
            List.of(
                    new WeekHours(LocalDate.MIN, STANDING, List.of()),
                    new WeekHours(LocalDate.parse("2027-10-11"), CHANGED, List.of())));

    @Test
    void aShiftInTheStandingHoursFitsBeforeTheChangeAndNotFromIt() {
        // Monday 09:00–11:00 Phoenix.
        assertThat(within("2027-10-04T16:00:00Z", "2027-10-04T18:00:00Z")).isTrue();
        assertThat(within("2027-10-11T16:00:00Z", "2027-10-11T18:00:00Z")).isFalse();
        // Tuesday 13:00–17:00 Phoenix.
        assertThat(within("2027-10-05T20:00:00Z", "2027-10-06T00:00:00Z")).isFalse();
        assertThat(within("2027-10-12T20:00:00Z", "2027-10-13T00:00:00Z")).isTrue();
    }

    @Test
    void aShiftMayRunThroughMidnightFromOneDaysWindowIntoTheNext() {
        // Monday 23:00 to Tuesday 01:00 Phoenix.
        assertThat(within("2027-10-05T06:00:00Z", "2027-10-05T08:00:00Z")).isTrue();
        // Monday 11:00–13:00 Phoenix: an hour past the window.
        assertThat(within("2027-10-04T18:00:00Z", "2027-10-04T20:00:00Z")).isFalse();
    }

    private static boolean within(String start, String end) {
        return PublishHours.withinHours(AGENT, new TimeSpan(Instant.parse(start), Instant.parse(end)));
    }
}

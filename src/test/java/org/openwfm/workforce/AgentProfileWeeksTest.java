package org.openwfm.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hours a profile gives for a week, when the agent has set others from later weeks. */
class AgentProfileWeeksTest {

    private static final LocalDate FIRST_CHANGE = LocalDate.parse("2027-09-13");
    private static final LocalDate SECOND_CHANGE = LocalDate.parse("2027-09-27");

    @Test
    void eachWeekGetsTheLatestHoursThatApplyFromItOrEarlier() {
        AgentProfile profile = AgentProfile.of(
                agent(),
                List.of(change(SECOND_CHANGE, 14 * 60, 18 * 60), change(FIRST_CHANGE, 9 * 60, 13 * 60)),
                LocalDate.parse("2027-09-06"));

        assertThat(hours(profile)).containsExactly("MONDAY 08:00-12:00");
        assertThat(hours(profile.forWeek(LocalDate.parse("2027-09-06")))).containsExactly("MONDAY 08:00-12:00");
        assertThat(hours(profile.forWeek(FIRST_CHANGE))).containsExactly("TUESDAY 09:00-13:00");
        assertThat(hours(profile.forWeek(LocalDate.parse("2027-09-20")))).containsExactly("TUESDAY 09:00-13:00");
        assertThat(hours(profile.forWeek(SECOND_CHANGE))).containsExactly("TUESDAY 14:00-18:00");
        assertThat(hours(profile.forWeek(LocalDate.parse("2028-01-03")))).containsExactly("TUESDAY 14:00-18:00");
        // A profile of one week can be asked for another: it keeps every week's hours.
        assertThat(hours(profile.forWeek(SECOND_CHANGE).forWeek(LocalDate.parse("2027-09-06"))))
                .containsExactly("MONDAY 08:00-12:00");
    }

    @Test
    void withoutAWeekAProfileHasTheHoursInEffectThisWeek() {
        AgentProfile inSecondWeekOfTheFirstChange =
                AgentProfile.of(agent(), List.of(change(FIRST_CHANGE, 9 * 60, 13 * 60)), LocalDate.parse("2027-09-20"));

        assertThat(hours(inSecondWeekOfTheFirstChange)).containsExactly("TUESDAY 09:00-13:00");
        assertThat(inSecondWeekOfTheFirstChange.preferredHours())
                .singleElement()
                .satisfies(p -> assertThat(p.dayOfWeek).isEqualTo(DayOfWeek.TUESDAY));
    }

    @Test
    void anAgentWithoutChangesHasItsStandingHoursEveryWeek() {
        AgentProfile profile = AgentProfile.of(agent(), List.of(), LocalDate.parse("2027-09-06"));

        assertThat(profile.weeks()).isEmpty();
        assertThat(hours(profile.forWeek(LocalDate.parse("2030-01-07")))).containsExactly("MONDAY 08:00-12:00");
    }

    private static Agent agent() {
        Agent agent = new Agent();
        agent.id = "PW1";
        agent.timeZone = "UTC";
        agent.availability.add(new Availability(DayOfWeek.MONDAY, 8 * 60, 12 * 60));
        return agent;
    }

    private static HoursChange change(LocalDate from, int start, int end) {
        HoursChange change = new HoursChange();
        change.agentId = "PW1";
        change.effectiveFrom = from;
        change.availability.add(new Availability(DayOfWeek.TUESDAY, start, end));
        change.preferredHours.add(new Availability(DayOfWeek.TUESDAY, start, start + 60));
        return change;
    }

    private static List<String> hours(AgentProfile profile) {
        return WeeklyHours.toDtos(profile.availability()).stream()
                .map(a -> a.dayOfWeek() + " " + a.start() + "-" + a.end())
                .toList();
    }
}

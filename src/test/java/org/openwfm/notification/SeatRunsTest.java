package org.openwfm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;

/** Which claimable slots make a notice: inside the agent's days and hours, back to back, long enough. */
class SeatRunsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void slotsOutsideTheHoursAreLeftOutAndTheRestJoinIntoRuns() {
        NoticeSettings evenings = settings(EnumSet.of(DayOfWeek.MONDAY), 18 * 60, 24 * 60, 0);
        List<OpenSlotView> slots = List.of(
                slot("2028-03-06T17:30:00Z", 2), // starts before 18:00
                slot("2028-03-06T18:00:00Z", 3),
                slot("2028-03-06T18:30:00Z", 1),
                slot("2028-03-06T23:30:00Z", 2), // ends at 24:00: inside
                slot("2028-03-07T18:00:00Z", 2)); // a Tuesday

        List<SeatNotices.Run> runs = SeatNotices.runs(slots, UTC, evenings);

        assertThat(runs)
                .containsExactly(
                        new SeatNotices.Run(at("2028-03-06T18:00"), at("2028-03-06T19:00"), 1),
                        new SeatNotices.Run(at("2028-03-06T23:30"), at("2028-03-07T00:00"), 2));
    }

    @Test
    void runsShorterThanTheMinimumAreLeftOut() {
        NoticeSettings twoHours = settings(EnumSet.allOf(DayOfWeek.class), 0, 24 * 60, 120);
        List<OpenSlotView> slots = List.of(
                slot("2028-03-06T08:00:00Z", 1),
                slot("2028-03-06T08:30:00Z", 1),
                slot("2028-03-06T09:00:00Z", 1),
                slot("2028-03-06T09:30:00Z", 1),
                slot("2028-03-06T12:00:00Z", 1),
                slot("2028-03-06T12:30:00Z", 1));

        assertThat(SeatNotices.runs(slots, UTC, twoHours))
                .containsExactly(new SeatNotices.Run(at("2028-03-06T08:00"), at("2028-03-06T10:00"), 1));
    }

    @Test
    void hoursAreTheAgentsLocalHours() {
        NoticeSettings mornings = settings(EnumSet.of(DayOfWeek.MONDAY), 8 * 60, 12 * 60, 0);
        // 15:00 UTC is 08:00 in Phoenix (UTC-7 all year)
        List<OpenSlotView> slots = List.of(slot("2028-03-06T15:00:00Z", 1));

        assertThat(SeatNotices.runs(slots, ZoneId.of("America/Phoenix"), mornings))
                .hasSize(1);
        assertThat(SeatNotices.runs(slots, UTC, mornings)).isEmpty();
    }

    private static NoticeSettings settings(EnumSet<DayOfWeek> days, int from, int to, int minMinutes) {
        return new NoticeSettings(null, true, List.of(), days, from, to, minMinutes, true, true, true, true, false);
    }

    private static OpenSlotView slot(String start, int seats) {
        Instant from = Instant.parse(start);
        return new OpenSlotView(
                "c", Channel.VOICE, from, from.plusSeconds(1800), seats, null, null, 0, seats, 0, null, null, from);
    }

    private static LocalDateTime at(String local) {
        return LocalDateTime.parse(local);
    }
}

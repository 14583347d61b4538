package org.openwfm.selfservice.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.time.TimeSpan;

/** The hours time off takes out of a published shift. */
class ShiftCutTest {

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    /** 08:00–16:00 UTC. */
    static final Shift SHIFT = new Shift(
            7,
            1,
            new ScheduledShift(
                    "TX",
                    new ChannelKey("c", Channel.VOICE),
                    Instant.parse("2027-09-06T08:00:00Z"),
                    Instant.parse("2027-09-06T16:00:00Z")));

    static Optional<TimeSpan> cut(String start, String end, int grain, int minShift, Instant now) {
        return ShiftCut.of(SHIFT, new TimeSpan(Instant.parse(start), Instant.parse(end)), grain, minShift, now)
                .map(ShiftCut::span);
    }

    @Test
    void takesTheOverlapOnly() {
        assertThat(cut("2027-09-06T11:00:00Z", "2027-09-06T13:00:00Z", 30, 120, LONG_AGO))
                .contains(span("2027-09-06T11:00:00Z", "2027-09-06T13:00:00Z"));
        assertThat(cut("2027-09-06T00:00:00Z", "2027-09-07T00:00:00Z", 30, 120, LONG_AGO))
                .contains(span("2027-09-06T08:00:00Z", "2027-09-06T16:00:00Z"));
        assertThat(cut("2027-09-06T16:00:00Z", "2027-09-06T18:00:00Z", 30, 120, LONG_AGO))
                .isEmpty();
    }

    @Test
    void takesALeftoverShorterThanTheMinimumShiftToo() {
        // 08:00–09:00 would be a 1-hour stub under a 2-hour minimum.
        assertThat(cut("2027-09-06T09:00:00Z", "2027-09-06T12:00:00Z", 30, 120, LONG_AGO))
                .contains(span("2027-09-06T08:00:00Z", "2027-09-06T12:00:00Z"));
        assertThat(cut("2027-09-06T12:00:00Z", "2027-09-06T15:30:00Z", 30, 120, LONG_AGO))
                .contains(span("2027-09-06T12:00:00Z", "2027-09-06T16:00:00Z"));
    }

    @Test
    void widensToTheChannelsGrain() {
        assertThat(cut("2027-09-06T10:30:00Z", "2027-09-06T12:30:00Z", 60, 60, LONG_AGO))
                .contains(span("2027-09-06T10:00:00Z", "2027-09-06T13:00:00Z"));
    }

    @Test
    void keepsHoursAlreadyBegun() {
        // At 10:10 the interval from 10:00 is under way: the cut starts at 10:30, the worked part stays.
        assertThat(cut("2027-09-06T08:00:00Z", "2027-09-06T16:00:00Z", 30, 120, Instant.parse("2027-09-06T10:10:00Z")))
                .contains(span("2027-09-06T10:30:00Z", "2027-09-06T16:00:00Z"));
        assertThat(cut("2027-09-06T08:00:00Z", "2027-09-06T12:00:00Z", 30, 120, Instant.parse("2027-09-06T12:00:00Z")))
                .isEmpty();
    }

    static TimeSpan span(String start, String end) {
        return new TimeSpan(Instant.parse(start), Instant.parse(end));
    }
}

package org.openwfm.selfservice.timeoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.time.TimeSpan;

/**
 * The hours time off takes out of one published shift: the overlap, widened to the shift's channel grain, from the
 * next interval on (hours already worked stay), and widened to the shift's start or end where what would be left
 * there is shorter than the contract's minimum shift (a stub the agent could not work alone).
 *
 * @param grainMinutes the channel's interval length, the step seats are released in
 */
record ShiftCut(Shift shift, TimeSpan span, int grainMinutes) {

    static Optional<ShiftCut> of(Shift shift, TimeSpan off, int grainMinutes, int minShiftMinutes, Instant now) {
        long grain = grainMinutes * 60L;
        Instant shiftStart = shift.shift().start();
        Instant shiftEnd = shift.shift().end();
        Instant notBefore = ceil(now, grain);
        Instant from = latest(latest(shiftStart, floor(off.start(), grain)), notBefore);
        Instant to = earliest(shiftEnd, ceil(off.end(), grain));
        if (!from.isBefore(to)) {
            return Optional.empty();
        }
        Duration minimum = Duration.ofMinutes(minShiftMinutes);
        Duration before = Duration.between(shiftStart, from);
        if (!before.isZero() && before.compareTo(minimum) < 0 && !shiftStart.isBefore(notBefore)) {
            from = shiftStart;
        }
        Duration after = Duration.between(to, shiftEnd);
        if (!after.isZero() && after.compareTo(minimum) < 0) {
            to = shiftEnd;
        }
        return Optional.of(new ShiftCut(shift, new TimeSpan(from, to), grainMinutes));
    }

    private static Instant floor(Instant instant, long grainSeconds) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), grainSeconds) * grainSeconds);
    }

    private static Instant ceil(Instant instant, long grainSeconds) {
        Instant floor = floor(instant, grainSeconds);
        return floor.equals(instant) ? floor : floor.plusSeconds(grainSeconds);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

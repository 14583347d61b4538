package org.openwfm.forecast.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A client channel's intervals on its local clock, where days and weeks repeat: slot {@code s} of a local date is
 * the interval starting {@code s × grain} minutes after local midnight. Stored intervals lie on the UTC grain; in a
 * zone whose offset is not a whole number of grains (say +05:45) the slot holds the interval that starts within it.
 */
record LocalClock(ZoneId zone, int grainMinutes) {

    int slotsPerDay() {
        return 24 * 60 / grainMinutes;
    }

    LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    int slotOf(Instant instant) {
        return instant.atZone(zone).toLocalTime().toSecondOfDay() / 60 / grainMinutes;
    }

    /**
     * The interval starts of one slot: none on the hour a clock skips in spring, two on the hour it repeats in
     * autumn (each a real interval that needs its own row).
     */
    List<Instant> startsOf(LocalDate date, int slot) {
        LocalDateTime local = date.atStartOfDay().plusMinutes((long) slot * grainMinutes);
        List<Instant> starts = new ArrayList<>(2);
        for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
            starts.add(ceilToGrain(local.toInstant(offset)));
        }
        return starts;
    }

    Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private Instant ceilToGrain(Instant instant) {
        long grainSeconds = grainMinutes * 60L;
        return Instant.ofEpochSecond(
                Math.floorDiv(instant.getEpochSecond() + grainSeconds - 1, grainSeconds) * grainSeconds);
    }
}

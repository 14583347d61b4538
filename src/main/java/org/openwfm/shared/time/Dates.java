package org.openwfm.shared.time;

import java.time.LocalDate;

/**
 * The local dates the API accepts: those of the years 1970 to 9999, as for instants, so that every day a request
 * names turns into instants both databases store (and into dates a day can be added to without overflow).
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String EXPECTED = "a date in the years 1970 to 9999, such as 2026-11-30";

    private Dates() {}

    public static boolean isSupported(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}

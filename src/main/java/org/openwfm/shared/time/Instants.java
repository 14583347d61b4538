package org.openwfm.shared.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads instants the API accepts: ISO-8601 with an offset or Z, never a bare local time, and within
 * the years both databases store.
 */
public final class Instants {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String EXPECTED =
            "an ISO-8601 instant with an offset in the years 1970 to 9999," + " such as 2026-11-30T13:00:00Z";

    private Instants() {}

    public static Optional<Instant> parseWithOffset(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                            .toInstant())
                    .filter(Instants::isSupported);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads a timestamp column from a native query: drivers answer OffsetDateTime or Instant. */
    public static Instant ofColumn(Object column) {
        return column instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) column;
    }

    public static boolean isSupported(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}

package org.openwfm.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.time.Instants;
import org.openwfm.shared.time.TimeSpan;

/**
 * Query parameters read by hand, so that a bad one gets a 400 naming it (JAX-RS would answer a failed
 * conversion with a bare 404).
 */
public final class RequestParams {

    private RequestParams() {}

    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.field(name, "is required");
        }
        return value.trim();
    }

    public static Instant requiredInstant(String name, String value) {
        return Instants.parseWithOffset(required(name, value))
                .orElseThrow(() -> InvalidRequestException.field(name, "'" + value + "' is not " + Instants.EXPECTED));
    }

    /** {@code from} and {@code to} as a span of at most {@code maxDays} days, {@code to} after {@code from}. */
    public static TimeSpan requiredSpan(String fromText, String toText, int maxDays) {
        Instant from = requiredInstant("from", fromText);
        Instant to = requiredInstant("to", toText);
        if (!to.isAfter(from)) {
            throw InvalidRequestException.field("to", "must be after from");
        }
        if (Duration.between(from, to).toDays() > maxDays) {
            throw InvalidRequestException.field("to", "a query spans at most " + maxDays + " days");
        }
        return new TimeSpan(from, to);
    }

    public static LocalDate requiredDate(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(name, "'" + value + "' is not a date such as 2026-11-30");
        }
    }

    public static long requiredLong(String name, String value) {
        return optionalLong(name, required(name, value));
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(name, "'" + value + "' is not a whole number");
        }
    }
}

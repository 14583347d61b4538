package org.openwfm.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.time.Dates;
import org.openwfm.shared.time.Instants;

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

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.field(name, "'" + value + "' is not " + Dates.EXPECTED);
        }
        if (!Dates.isSupported(date)) {
            throw InvalidRequestException.field(name, "'" + value + "' is not " + Dates.EXPECTED);
        }
        return date;
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

    /** "true" or "false" (any case); absent or blank is {@code fallback}. */
    public static boolean optionalBoolean(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidRequestException.field(name, "'" + value + "' is not true or false");
        };
    }
}

package org.openwfm.shared.paging;

import org.openwfm.shared.error.InvalidRequestException;

/**
 * Which slice of a list a client asked for, from the query parameters {@code limit} and {@code offset}; read by hand
 * so a bad value gets a 400 naming it. The maximum keeps one answer (and its query) bounded however large the
 * list grows.
 */
public record PageRequest(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String limitText, String offsetText) {
        int limit = limitText == null ? DEFAULT_LIMIT : whole("limit", limitText);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.field("limit", "must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        int offset = offsetText == null ? 0 : whole("offset", offsetText);
        if (offset < 0) {
            throw InvalidRequestException.field("offset", "must be 0 or more, was " + offset);
        }
        return new PageRequest(limit, offset);
    }

    private static int whole(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(name, "'" + text + "' is not a whole number");
        }
    }
}

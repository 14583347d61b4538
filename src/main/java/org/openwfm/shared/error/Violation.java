package org.openwfm.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: a JSON field (by path), a line and column of an uploaded file, or a
 * named business rule the request would break.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, Integer line, String column, String rule, String message) {

    public static Violation ofField(String field, String message) {
        return new Violation(field, null, null, null, message);
    }

    public static Violation ofLine(int line, String column, String message) {
        return new Violation(null, line, column, null, message);
    }

    public static Violation ofRule(String rule, String reason) {
        return new Violation(null, null, null, rule, reason);
    }
}

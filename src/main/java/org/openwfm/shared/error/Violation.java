package org.openwfm.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: a JSON field (by path), a line and column of an uploaded file, or a
 * named business rule the request would break.
 *
 * @param agentId the agent whose rule is broken, where a request speaks for more than one (a shift trade)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, Integer line, String column, String rule, String agentId, String message) {

    public Violation(String field, Integer line, String column, String rule, String message) {
        this(field, line, column, rule, null, message);
    }

    public static Violation ofField(String field, String message) {
        return new Violation(field, null, null, null, message);
    }

    public static Violation ofLine(int line, String column, String message) {
        return new Violation(null, line, column, null, message);
    }

    public static Violation ofRule(String rule, String reason) {
        return new Violation(null, null, null, rule, reason);
    }

    /** The same violation, said of one agent. */
    public Violation of(String agentId) {
        return new Violation(field, line, column, rule, agentId, message);
    }
}

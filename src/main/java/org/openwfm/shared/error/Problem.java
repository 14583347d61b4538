package org.openwfm.shared.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of every error answer: RFC 9457 problem details, plus the list of violations. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://openwfm.org/problems/";

    public static Problem of(int status, String slug, String title, String detail, List<Violation> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors == null ? List.of() : List.copyOf(errors));
    }
}

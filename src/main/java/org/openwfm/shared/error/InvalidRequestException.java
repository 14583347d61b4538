package org.openwfm.shared.error;

import java.util.List;

/** Input that is malformed or names something that does not exist; each violation names the field. */
public final class InvalidRequestException extends DomainException {

    private final transient List<Violation> violations;

    public InvalidRequestException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    /** One bad field; the detail reads "field: message". */
    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(field + ": " + message, List.of(Violation.ofField(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}

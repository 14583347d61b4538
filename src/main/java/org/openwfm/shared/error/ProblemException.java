package org.openwfm.shared.error;

import java.time.Duration;
import java.util.List;

/**
 * A refusal the client can act on. Services throw it; {@link ProblemMappers} turns it into
 * problem+json. The factories name the usual cases so status codes stay consistent.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    /** When the client may try again (a Retry-After header), or null. */
    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public static ProblemException invalid(String detail, List<Violation> errors) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail, errors));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(field + ": " + message, List.of(Violation.ofField(field, message)));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(
                Problem.of(404, "not-found", "Not found", what + " '" + id + "' does not exist", null));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail, null));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(Problem.of(413, "too-large", "Request too large", detail, null));
    }

    /** A quota is used up for now: 429 with a Retry-After header; {@code detail} names the limit. */
    public static ProblemException tooMany(String detail, Duration retryAfter) {
        return new ProblemException(
                Problem.of(429, "too-many-requests", "Too many requests", detail, null), retryAfter);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "unprocessable", "Request refused", detail, null));
    }

    /**
     * The request is well formed but cannot be carried out as it stands: it names something that does not exist,
     * or asks for what cannot be (an activity outside its attendees' hours); {@code errors} names each field.
     */
    public static ProblemException unprocessable(String detail, List<Violation> errors) {
        return new ProblemException(Problem.of(422, "unprocessable", "Request refused", detail, errors));
    }

    /**
     * The request is well formed but breaks business rules; {@code broken} names each rule and why.
     *
     * @param subject what was refused, as in "The claim"
     */
    public static ProblemException rulesBroken(String subject, List<Violation> broken) {
        String names = String.join(", ", broken.stream().map(Violation::rule).toList());
        return new ProblemException(Problem.of(
                422,
                "rules-broken",
                "Refused by rules",
                subject + " breaks " + broken.size() + " rule(s): " + names,
                broken));
    }
}

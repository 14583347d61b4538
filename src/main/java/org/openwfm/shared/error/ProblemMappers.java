package org.openwfm.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the service answers goes through here and leaves as problem+json, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return answer(e);
    }

    /** The answer to a problem, with Retry-After where it has one. */
    static Response answer(ProblemException e) {
        if (e.retryAfter() != null) {
            return Response.fromResponse(respond(e.problem()))
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                    .build();
        }
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(v -> Violation.ofField(fieldPath(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(
                Problem.of(400, "invalid-request", "Invalid request", errors.size() + " field(s) are invalid", errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(jsonProblem(e));
    }

    /** Named on its own because Quarkus maps this subtype itself, with an empty body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return respond(jsonProblem(e));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders request) {
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders request) {
        Object retryAfter = e.getAttribute(RETRY_AFTER);
        if (retryAfter instanceof java.time.Duration wait) {
            return problem(ProblemException.tooMany(e.getMessage(), wait));
        }
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your role may not do this", null));
    }

    @ServerExceptionMapper({
        jakarta.persistence.PessimisticLockException.class,
        jakarta.persistence.LockTimeoutException.class,
        org.hibernate.PessimisticLockException.class
    })
    public Response busy(RuntimeException e) {
        return respond(Problem.of(
                409, "busy", "Busy", "Another change to the same records is in progress; retry in a moment", null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e) {
        return respond(Problem.of(
                409, "conflict", "Conflict", "The record was changed by someone else; read it again and retry", null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json));
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return challenge(request);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of(status, "http-" + status, title, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (causedByConstraint(e)) {
            // Two writers raced past the service's checks (same new id, a delete against a new reference):
            // the database kept its integrity, and the loser is told to re-read.
            return respond(Problem.of(
                    409,
                    "conflict",
                    "Conflict",
                    "The write conflicts with a change made at the same moment; read again and retry",
                    null));
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(
                500, "internal", "Internal error", "The service failed unexpectedly; the failure is logged", null));
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        List<Violation> errors = List.of(Violation.ofField(field.isEmpty() ? "body" : field, jsonMessage(e)));
        return Problem.of(
                400,
                "malformed-json",
                "Malformed JSON",
                "The body is not valid JSON for this request" + (field.isEmpty() ? "" : " at " + field),
                errors);
    }

    /** Says what was expected in the API's words, without Java class names. */
    private static String jsonMessage(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            String expected = type.isEnum()
                    ? "one of " + Arrays.toString(type.getEnumConstants())
                    : "a value of type " + type.getSimpleName();
            return "'" + invalid.getValue() + "' is not " + expected;
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong type; expected " + mismatched.getTargetType().getSimpleName();
        }
        return e.getOriginalMessage();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** Drops the method and parameter names Bean Validation puts in front of the field path. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /**
     * The web pages mark their requests with {@value #PAGE_REQUEST_HEADER}: {@value #PAGE_REQUEST_VALUE}, and their
     * event stream asks for
     * {@code text/event-stream}; neither gets a Basic challenge, because a browser answers one with its own
     * password dialog instead of letting the page send the user to sign in.
     */
    private static Response challenge(HttpHeaders request) {
        Response unauthorized = respond(Problem.of(
                401,
                "unauthorized",
                "Unauthorized",
                "Sign in with HTTP Basic credentials or on the sign-in page",
                null));
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (PAGE_REQUEST_VALUE.equals(request.getHeaderString(PAGE_REQUEST_HEADER))
                || (accept != null && accept.contains("text/event-stream"))) {
            return unauthorized;
        }
        return Response.fromResponse(unauthorized)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenWFM\"")
                .build();
    }

    /** The header every change must carry against cross-site forgery; the web pages send it with every request. */
    public static final String PAGE_REQUEST_HEADER = "X-Requested-With";
    /** An attribute of a refused sign-in: the Duration to wait before the next attempt (429 with Retry-After). */
    public static final String RETRY_AFTER = "openwfm.retryAfter";

    /** The value that marks a request as the web pages' own. */
    public static final String PAGE_REQUEST_VALUE = "openwfm-page";

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}

package org.openwfm.shared.error;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place domain exceptions get their HTTP status, through the factories of {@link ProblemException}, so
 * they answer exactly as when those were thrown deep down.
 */
public class DomainProblems {

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return ProblemMappers.answer(ProblemException.invalid(e.getMessage(), e.violations()));
    }

    @ServerExceptionMapper
    public Response requestRefused(RequestRefusedException e) {
        return ProblemMappers.answer(ProblemException.unprocessable(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e) {
        return ProblemMappers.answer(ProblemException.conflict(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response limitReached(LimitReachedException e) {
        return ProblemMappers.answer(ProblemException.tooMany(e.getMessage(), e.retryAfter()));
    }
}

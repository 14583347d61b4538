package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.function.Supplier;
import org.openwfm.selfservice.api.SelfServiceViews.ClaimRequest;
import org.openwfm.selfservice.api.SelfServiceViews.ReleaseRequest;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;

/**
 * Records refused claims and releases too. The refused write's own transaction has rolled back by then,
 * so the entry is written in a new one, after it, never holding two connections at once.
 */
@ApplicationScoped
public class RefusalLog {

    @Inject
    SelfServiceLog log;

    /** Runs the write; a 409 or 422 it answers is logged as {@code attempt} with its outcome and reason. */
    public Response logged(LogEntry attempt, Supplier<Response> write) {
        try {
            return write.get();
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status == 409 || status == 422) {
                String reason = e.problem().errors().isEmpty()
                        ? e.problem().detail()
                        : String.join(
                                "; ",
                                e.problem().errors().stream()
                                        .map(RefusalLog::reason)
                                        .toList());
                log.append(LogEntry.of(
                        attempt.username(),
                        attempt.agentId(),
                        attempt.action(),
                        LogOutcome.ofRefusalStatus(status),
                        attempt.clientId(),
                        attempt.channel(),
                        attempt.start(),
                        attempt.end(),
                        attempt.seats(),
                        attempt.minutes(),
                        attempt.shiftId(),
                        null,
                        reason));
            }
            throw e;
        }
    }

    /** What a refused claim records: the request as the agent sent it (times it could not read stay empty). */
    public static LogEntry claimAttempt(String username, String agentId, ClaimRequest request) {
        return LogEntry.of(
                username,
                agentId,
                LogAction.CLAIM,
                null,
                request.clientId(),
                request.channel(),
                instantOrNull(request.start()),
                instantOrNull(request.end()),
                1,
                null,
                null,
                null,
                null);
    }

    /** What a refused release records: the shift and the hours named. */
    public static LogEntry releaseAttempt(String username, String agentId, ReleaseRequest request) {
        return LogEntry.of(
                username,
                agentId,
                LogAction.RELEASE,
                null,
                null,
                null,
                instantOrNull(request.start()),
                instantOrNull(request.end()),
                1,
                null,
                request.shiftId(),
                null,
                null);
    }

    private static Instant instantOrNull(String text) {
        return Instants.parseWithOffset(text).orElse(null);
    }

    private static String reason(Violation v) {
        return (v.rule() != null ? v.rule() : v.field()) + ": " + v.message();
    }
}

package org.openwfm.shared.error;

/**
 * A request that was valid, but not against the state it met: a job already finished, a week changed since it
 * was planned. Asking again after re-reading the state can succeed, which is why it is not a refusal.
 */
public final class StateConflictException extends DomainException {

    public StateConflictException(String detail) {
        super(detail);
    }
}

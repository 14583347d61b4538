package org.openwfm.shared.error;

import java.time.Duration;

/** A quota is used up for now; the caller may try again after {@code retryAfter}. The message names the limit. */
public final class LimitReachedException extends DomainException {

    private final transient Duration retryAfter;

    public LimitReachedException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

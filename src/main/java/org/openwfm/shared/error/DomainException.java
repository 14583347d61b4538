package org.openwfm.shared.error;

/**
 * A request the domain cannot carry out, said without HTTP: parsers, value types and problem builders
 * throw its subtypes, and {@link DomainProblems} alone decides how each is answered. The message is
 * the detail the client reads.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail, null, false, false);
    }
}

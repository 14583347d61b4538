package org.openwfm.shared.error;

/** Input that is well formed but asks for what cannot be done, such as a schedule of no clients. */
public final class RequestRefusedException extends DomainException {

    public RequestRefusedException(String detail) {
        super(detail);
    }
}

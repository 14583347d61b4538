package org.openwfm.selfservice;

/** How a logged claim or release ended; the name is the stored column value and the JSON value. */
public enum LogOutcome {
    /** The change was kept. */
    DONE,
    /** A rule forbade it (answered 422). */
    REFUSED,
    /** A seat was gone or the week changed under it (answered 409). */
    CONFLICT;

    /** The outcome of a refused write by its HTTP status. */
    static LogOutcome ofRefusalStatus(int status) {
        return status == 409 ? CONFLICT : REFUSED;
    }
}

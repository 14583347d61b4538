package org.openwfm.workforce.team;

import org.openwfm.shared.error.ProblemException;

/** Optimistic locking on PUT: the version read must be sent back, and must still be the stored one. */
final class Versions {

    private Versions() {}

    static void require(String what, String id, Long sent, long stored) {
        if (sent == null) {
            throw ProblemException.invalidField(
                    "version", "is required: send the version you read, so no update is lost");
        }
        if (sent != stored) {
            throw ProblemException.conflict(
                    what + " '" + id + "' is at version " + stored + ", not " + sent + "; read it again and retry");
        }
    }
}

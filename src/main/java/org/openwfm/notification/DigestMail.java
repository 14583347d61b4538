package org.openwfm.notification;

import java.util.List;
import java.util.Optional;

/** The text of one digest: every waiting notice, oldest first, with its link made an address when the base is known. */
final class DigestMail {

    private DigestMail() {}

    static String subject(List<PendingEmail> notices) {
        return notices.size() == 1
                ? "OpenWFM: " + notices.get(0).title
                : "OpenWFM: " + notices.size() + " notifications";
    }

    static String body(List<PendingEmail> notices, Optional<String> linkBase) {
        StringBuilder body = new StringBuilder();
        for (PendingEmail notice : notices) {
            body.append(notice.title).append('\n').append(notice.body).append('\n');
            if (notice.link != null && linkBase.isPresent()) {
                body.append(linkBase.get().replaceAll("/+$", ""))
                        .append(notice.link)
                        .append('\n');
            }
            body.append('\n');
        }
        body.append("You get this e-mail because you asked for notifications by e-mail;"
                + " change that in your notification preferences.\n");
        return body.toString();
    }
}

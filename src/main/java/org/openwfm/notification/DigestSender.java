package org.openwfm.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Sends one agent's digest when it is due, in one transaction that holds the agent's preference row: a second
 * replica asking at the same time waits, then finds the notices sent and the period not over. A failed send rolls
 * back, and the notices wait for the next round.
 */
@ApplicationScoped
class DigestSender {

    @Inject
    NotificationStore store;

    @Inject
    Mailer mailer;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /** Agents with notices waiting for e-mail. */
    @Transactional
    List<String> waiting() {
        return store.agentsWithPendingEmail();
    }

    /** @return whether a digest went out */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean sendIfDue(String agentId) {
        NotificationPreference row = store.lockPreference(agentId).orElse(null);
        if (row == null || !NoticeSettings.of(row).mails()) {
            store.dropPendingEmail(agentId);
            return false;
        }
        Instant now = clock.instant();
        if (row.lastEmailAt != null
                && row.lastEmailAt.plus(config.notification().emailPeriod()).isAfter(now)) {
            return false;
        }
        List<PendingEmail> notices = store.pendingEmail(agentId);
        if (notices.isEmpty()) {
            return false;
        }
        mailer.send(Mail.withText(
                row.email,
                DigestMail.subject(notices),
                DigestMail.body(notices, config.notification().linkBase())));
        notices.forEach(notice -> notice.sentAt = now);
        row.lastEmailAt = now;
        return true;
    }
}

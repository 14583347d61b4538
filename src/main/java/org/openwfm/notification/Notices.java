package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.openwfm.events.EventLog;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Where every notice goes through: it honours the agent's preferences (a kind switched off goes nowhere) and puts the
 * notice in the inbox, pushed on the event stream to that agent alone, and/or in the outbox for the next e-mail
 * digest. Joins the caller's transaction, so a notice exists exactly when what it tells of does.
 */
@ApplicationScoped
public class Notices {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_LINK = 500;

    @Inject
    NotificationPreferences preferences;

    @Inject
    NotificationStore store;

    @Inject
    EventLog events;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /**
     * Tells one agent something, as its preferences say.
     *
     * @param link a path of the pages to go on from the notice (e.g. "/agent.html"), or null
     * @return whether the notice went anywhere
     */
    @Transactional
    public boolean post(String agentId, NoticeKind kind, String title, String text, String link) {
        return post(agentId, preferences.settings(agentId), kind, title, text, link);
    }

    /** The same, with the agent's settings already read (many agents at once). */
    boolean post(String agentId, NoticeSettings settings, NoticeKind kind, String title, String text, String link) {
        boolean toInbox = settings.inApp();
        boolean toEmail = settings.mails() && config.notification().emailEnabled();
        if (!settings.wants(kind) || !(toInbox || toEmail)) {
            return false;
        }
        Instant now = clock.instant();
        String shortTitle = cut(title, MAX_TITLE);
        String shortText = cut(text, MAX_TEXT);
        String shortLink = link == null ? null : cut(link, MAX_LINK);
        if (toInbox) {
            InboxNotice notice = new InboxNotice();
            notice.agentId = agentId;
            notice.kind = kind;
            notice.title = shortTitle;
            notice.body = shortText;
            notice.link = shortLink;
            notice.createdAt = now;
            store.add(notice);
            events.append(EventLog.NOTIFICATION, EventLog.agent(agentId), Inbox.view(notice));
        }
        if (toEmail) {
            PendingEmail email = new PendingEmail();
            email.agentId = agentId;
            email.kind = kind;
            email.title = shortTitle;
            email.body = shortText;
            email.link = shortLink;
            email.createdAt = now;
            store.queue(email);
        }
        return true;
    }

    private static String cut(String text, int max) {
        String plain = text == null ? "" : text;
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }
}

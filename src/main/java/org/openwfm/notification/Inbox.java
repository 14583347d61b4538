package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.openwfm.notification.api.NotificationViews.Notification;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.paging.Page;
import org.openwfm.shared.paging.PageRequest;
import org.openwfm.workforce.AgentDirectory;

/** An agent's in-app notices: read them newest first, mark them read. */
@ApplicationScoped
public class Inbox {

    @Inject
    NotificationStore store;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    @Transactional
    public Page<Notification> list(String agentId, boolean unreadOnly, PageRequest page) {
        requireAgent(agentId);
        return new Page<>(
                store.inbox(agentId, unreadOnly, page.offset(), page.limit()).stream()
                        .map(Inbox::view)
                        .toList(),
                store.inboxSize(agentId, unreadOnly),
                page);
    }

    /** Marks every notice of the agent up to {@code upToId} read; returns how many were unread. */
    @Transactional
    public int markRead(String agentId, Long upToId) {
        requireAgent(agentId);
        if (upToId == null) {
            throw ProblemException.invalidField("upToId", "is required: the id of the newest notice read");
        }
        return store.markRead(agentId, upToId, clock.instant());
    }

    private void requireAgent(String agentId) {
        if (agents.find(agentId).isEmpty()) {
            throw ProblemException.notFound("Agent", agentId);
        }
    }

    static Notification view(InboxNotice notice) {
        return new Notification(
                notice.id,
                notice.kind,
                notice.title,
                notice.body,
                notice.createdAt,
                notice.readAt != null,
                notice.link);
    }
}

package org.openwfm.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/** What the notification endpoints read and answer. */
public final class NotificationViews {

    private NotificationViews() {}

    /**
     * An agent's notification preferences, as read and as written (a PUT sends all of it). Fields left out of a PUT
     * take the defaults: every kind on, in-app on, e-mail off.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Preferences(
            String email,
            OpenSeats openSeats,
            Boolean scheduleChanges,
            Boolean tradeOffers,
            Boolean requestDecisions,
            Boolean inApp,
            Boolean byEmail) {

        /** The same choices without the address. */
        public Preferences withoutEmail() {
            return new Preferences(null, openSeats, scheduleChanges, tradeOffers, requestDecisions, inApp, byEmail);
        }
    }

    /**
     * Which open seats are worth a notice: on these channels (none listed: any the agent may claim), on these days and
     * between these local times of the agent, in runs of at least {@code minMinutes}.
     */
    public record OpenSeats(
            Boolean enabled,
            List<ChannelChoice> channels,
            List<String> days,
            String from,
            String to,
            Integer minMinutes) {}

    public record ChannelChoice(String clientId, Channel channel) {}

    /** One notice of the inbox. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notification(
            long id, NoticeKind kind, String title, String text, Instant createdAt, boolean read, String link) {}

    /** Marks every notice up to this id (inclusive) read. */
    public record ReadRequest(Long upToId) {}

    /** How many notices a read marking changed. */
    public record Marked(int marked) {}
}

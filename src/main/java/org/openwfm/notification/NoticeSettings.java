package org.openwfm.notification;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.notification.api.NotificationViews.ChannelChoice;
import org.openwfm.notification.api.NotificationViews.OpenSeats;
import org.openwfm.notification.api.NotificationViews.Preferences;
import org.openwfm.shared.time.MinuteOfDay;

/**
 * An agent's preferences as values: what the notices are checked against. An agent that never saved any has the
 * defaults: every kind on, in the inbox, no e-mail; seats on any channel, any day, any hour.
 *
 * @param channels empty for any channel the agent may claim
 * @param from minutes since the agent's local midnight
 * @param to minutes since the agent's local midnight, up to 24:00
 */
record NoticeSettings(
        String email,
        boolean openSeats,
        List<ChannelKey> channels,
        Set<DayOfWeek> days,
        int from,
        int to,
        int minMinutes,
        boolean scheduleChanges,
        boolean tradeOffers,
        boolean requestDecisions,
        boolean inApp,
        boolean byEmail) {

    static final NoticeSettings DEFAULTS = new NoticeSettings(
            null,
            true,
            List.of(),
            EnumSet.allOf(DayOfWeek.class),
            0,
            MinuteOfDay.END_OF_DAY,
            0,
            true,
            true,
            true,
            true,
            false);

    NoticeSettings {
        channels = List.copyOf(channels);
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether a notice of this kind goes anywhere at all. */
    boolean wants(NoticeKind kind) {
        boolean on = switch (kind) {
            case OPEN_SEATS -> openSeats;
            case SCHEDULE_CHANGE -> scheduleChanges;
            case TRADE_OFFER -> tradeOffers;
            case REQUEST_DECISION -> requestDecisions;
        };
        return on && (inApp || mails());
    }

    /** Whether notices are queued for e-mail: asked for, with an address. */
    boolean mails() {
        return byEmail && email != null;
    }

    /** Whether seats on the channel are of interest. */
    boolean watches(ChannelKey channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    /**
     * Whether a seat from {@code start} to {@code end} (the agent's local times) lies inside the chosen days and
     * hours: it starts on a chosen day, not before {@code from}, and ends by {@code to} of that day.
     */
    boolean covers(LocalDateTime start, LocalDateTime end) {
        if (!days.contains(start.getDayOfWeek())) {
            return false;
        }
        int startMinute = start.getHour() * 60 + start.getMinute();
        long endMinute = ChronoUnit.MINUTES.between(start.toLocalDate().atStartOfDay(), end);
        return startMinute >= from && endMinute <= to;
    }

    static NoticeSettings of(NotificationPreference row) {
        return new NoticeSettings(
                row.email,
                row.openSeats,
                row.openSeatChannels.isBlank()
                        ? List.of()
                        : row.openSeatChannels
                                .lines()
                                .map(line -> line.split(" ", 2))
                                .map(parts -> new ChannelKey(parts[0], Channel.valueOf(parts[1])))
                                .toList(),
                row.openSeatDays.isBlank()
                        ? Set.of()
                        : Arrays.stream(row.openSeatDays.split(","))
                                .map(DayOfWeek::valueOf)
                                .collect(Collectors.toSet()),
                MinuteOfDay.parse(row.openSeatFrom),
                MinuteOfDay.parse(row.openSeatTo),
                row.minMinutes,
                row.scheduleChanges,
                row.tradeOffers,
                row.requestDecisions,
                row.inApp,
                row.byEmail);
    }

    /** Writes the settings into the row (new or saved); the last e-mail's time stays as it was. */
    void into(NotificationPreference row) {
        row.email = email;
        row.openSeats = openSeats;
        row.openSeatChannels =
                channels.stream().map(c -> c.clientId() + " " + c.channel()).collect(Collectors.joining("\n"));
        row.openSeatDays = orderedDays().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        row.openSeatFrom = MinuteOfDay.format(from);
        row.openSeatTo = MinuteOfDay.format(to);
        row.minMinutes = minMinutes;
        row.scheduleChanges = scheduleChanges;
        row.tradeOffers = tradeOffers;
        row.requestDecisions = requestDecisions;
        row.inApp = inApp;
        row.byEmail = byEmail;
    }

    Preferences view() {
        return new Preferences(
                email,
                new OpenSeats(
                        openSeats,
                        channels.stream()
                                .map(c -> new ChannelChoice(c.clientId(), c.channel()))
                                .toList(),
                        orderedDays().stream().map(DayOfWeek::name).toList(),
                        MinuteOfDay.format(from),
                        MinuteOfDay.format(to),
                        minMinutes),
                scheduleChanges,
                tradeOffers,
                requestDecisions,
                inApp,
                byEmail);
    }

    private List<DayOfWeek> orderedDays() {
        return days.stream().sorted().toList();
    }
}

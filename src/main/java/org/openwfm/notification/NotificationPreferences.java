package org.openwfm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ClientDirectory;
import org.openwfm.notification.api.NotificationViews.ChannelChoice;
import org.openwfm.notification.api.NotificationViews.OpenSeats;
import org.openwfm.notification.api.NotificationViews.Preferences;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.MinuteOfDay;
import org.openwfm.workforce.AgentDirectory;

/** Reads and saves an agent's notification preferences; a save is checked whole before anything is written. */
@ApplicationScoped
public class NotificationPreferences {

    /** One address, no spaces or line breaks (it goes into a mail header), a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_CHANNELS = 50;

    @Inject
    NotificationStore store;

    @Inject
    AgentDirectory agents;

    @Inject
    ClientDirectory clients;

    @Inject
    OpenWfmConfig config;

    @Transactional
    public Preferences get(String agentId) {
        requireAgent(agentId);
        return settings(agentId).view();
    }

    @Transactional
    public Preferences put(String agentId, Preferences request) {
        NoticeSettings settings = validated(request);
        // Two saves of one agent's first preferences run one after the other, not into one key twice.
        if (agents.lock(agentId).isEmpty()) {
            throw ProblemException.notFound("Agent", agentId);
        }
        NotificationPreference row = store.preference(agentId).orElseGet(() -> {
            NotificationPreference fresh = new NotificationPreference();
            fresh.agentId = agentId;
            return fresh;
        });
        settings.into(row);
        store.save(row);
        if (!settings.mails()) {
            store.dropPendingEmail(agentId);
        }
        return settings.view();
    }

    /** The agent's settings, or the defaults when it saved none. */
    NoticeSettings settings(String agentId) {
        return store.preference(agentId).map(NoticeSettings::of).orElse(NoticeSettings.DEFAULTS);
    }

    private void requireAgent(String agentId) {
        if (agents.find(agentId).isEmpty()) {
            throw ProblemException.notFound("Agent", agentId);
        }
    }

    private NoticeSettings validated(Preferences request) {
        List<Violation> errors = new ArrayList<>();
        String email = request.email() == null || request.email().isBlank()
                ? null
                : request.email().trim();
        if (email != null
                && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            errors.add(Violation.ofField("email", "is not one e-mail address (name@example.org)"));
        }
        boolean byEmail = Boolean.TRUE.equals(request.byEmail());
        if (byEmail && email == null) {
            errors.add(Violation.ofField("byEmail", "needs an e-mail address in email"));
        }
        if (byEmail && !config.notification().emailEnabled()) {
            errors.add(Violation.ofField("byEmail", "e-mail notifications are not set up on this service"));
        }
        OpenSeats seats =
                request.openSeats() == null ? new OpenSeats(null, null, null, null, null, null) : request.openSeats();
        List<ChannelKey> channels = channels(seats.channels(), errors);
        Set<DayOfWeek> days = days(seats.days(), errors);
        int from = time("openSeats.from", seats.from(), 0, errors);
        int to = time("openSeats.to", seats.to(), MinuteOfDay.END_OF_DAY, errors);
        if (from >= 0 && to >= 0 && to <= from) {
            errors.add(Violation.ofField("openSeats.to", "must be after openSeats.from"));
        }
        int minMinutes = seats.minMinutes() == null ? 0 : seats.minMinutes();
        if (minMinutes < 0 || minMinutes > MinuteOfDay.END_OF_DAY) {
            errors.add(Violation.ofField("openSeats.minMinutes", "must be from 0 to 1440, was " + minMinutes));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The notification preferences are not valid", errors);
        }
        return new NoticeSettings(
                email,
                on(seats.enabled()),
                channels,
                days,
                from,
                to,
                minMinutes,
                on(request.scheduleChanges()),
                on(request.tradeOffers()),
                on(request.requestDecisions()),
                on(request.inApp()),
                byEmail);
    }

    /** A switch left out keeps its default, on. */
    private static boolean on(Boolean value) {
        return value == null || value;
    }

    private List<ChannelKey> channels(List<ChannelChoice> choices, List<Violation> errors) {
        if (choices == null) {
            return List.of();
        }
        if (choices.size() > MAX_CHANNELS) {
            errors.add(Violation.ofField("openSeats.channels", "names more than " + MAX_CHANNELS + " channels"));
            return List.of();
        }
        Set<ChannelKey> keys = new LinkedHashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            ChannelChoice choice = choices.get(i);
            String field = "openSeats.channels[" + i + "]";
            if (choice == null || choice.clientId() == null || choice.channel() == null) {
                errors.add(Violation.ofField(field, "needs a clientId and a channel"));
            } else if (clients.find(choice.clientId())
                    .flatMap(c -> c.channel(choice.channel()))
                    .isEmpty()) {
                errors.add(Violation.ofField(
                        field, "client '" + choice.clientId() + "' has no " + choice.channel() + " channel"));
            } else {
                keys.add(new ChannelKey(choice.clientId(), choice.channel()));
            }
        }
        return List.copyOf(keys);
    }

    /** None named: every day. */
    private static Set<DayOfWeek> days(List<String> names, List<Violation> errors) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            try {
                days.add(DayOfWeek.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                errors.add(Violation.ofField(
                        "openSeats.days[" + i + "]", "'" + name + "' is not a day (MONDAY to SUNDAY)"));
            }
        }
        return days;
    }

    private static int time(String field, String text, int fallback, List<Violation> errors) {
        if (text == null) {
            return fallback;
        }
        int minute = MinuteOfDay.parse(text);
        if (minute < 0) {
            errors.add(Violation.ofField(field, "'" + text + "' is not a time from 00:00 to 24:00 (HH:mm)"));
        }
        return minute;
    }
}

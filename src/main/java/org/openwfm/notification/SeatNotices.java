package org.openwfm.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.openwfm.notification.api.NoticeKind;
import org.openwfm.selfservice.AgentSlots;
import org.openwfm.selfservice.SeatsOpened;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * Tells agents of seats that opened: each agent certified for the channel who wants such notices hears of the seats
 * it may claim now (the rules of its {@code open-slots}, through {@link AgentSlots}), inside its chosen days and
 * hours, in runs at least as long as it asked for. Seats it may not claim are never mentioned.
 */
@ApplicationScoped
class SeatNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** Runs listed in one notice; more are summed up. */
    static final int LISTED_RUNS = 10;

    private static final Logger LOG = Logger.getLogger(SeatNotices.class);

    @Inject
    AgentDirectory agents;

    @Inject
    AgentSlots slots;

    @Inject
    NotificationStore store;

    @Inject
    Notices notices;

    /**
     * Agents are told in chunks of {@value AgentChunks#SIZE}, each in a transaction of its own (by agent id), so a thousand
     * agents never make one long transaction; an opening with fewer interested agents tells them all at once.
     *
     * @return how many agents were told
     */
    int seatsOpened(SeatsOpened opened) {
        long began = System.nanoTime();
        List<AgentProfile> certified = QuarkusTransaction.requiringNew()
                .call(() -> agents.listOrdered().stream()
                        .filter(a -> a.certifications().contains(opened.channel()))
                        .toList());
        int told = AgentChunks.tell(certified, chunk -> tell(chunk, opened));
        LOG.infof(
                "Seats opened on %s from %s to %s: told %d of %d certified agents in %d ms",
                opened.channel(),
                opened.from(),
                opened.to(),
                told,
                certified.size(),
                (System.nanoTime() - began) / 1_000_000);
        return told;
    }

    private int tell(List<AgentProfile> chunk, SeatsOpened opened) {
        Map<String, NotificationPreference> saved =
                store.preferences(chunk.stream().map(AgentProfile::id).toList());
        int told = 0;
        for (AgentProfile agent : chunk) {
            NotificationPreference row = saved.get(agent.id());
            NoticeSettings settings = row == null ? NoticeSettings.DEFAULTS : NoticeSettings.of(row);
            if (!settings.wants(NoticeKind.OPEN_SEATS) || !settings.watches(opened.channel())) {
                continue;
            }
            ZoneId zone = ZoneId.of(agent.timeZone());
            List<Run> runs = runs(claimableIn(agent.id(), zone, opened), zone, settings);
            if (!runs.isEmpty()) {
                notices.post(agent.id(), settings, NoticeKind.OPEN_SEATS, title(opened), text(runs), link(runs));
                told++;
            }
        }
        return told;
    }

    /** The agent's claimable slots on the channel that lie in the opened span, in time order. */
    private List<OpenSlotView> claimableIn(String agentId, ZoneId zone, SeatsOpened opened) {
        List<OpenSlotView> found = new ArrayList<>();
        for (LocalDate week = Weeks.mondayOf(opened.from(), zone);
                week.atStartOfDay(zone).toInstant().isBefore(opened.to());
                week = week.plusWeeks(1)) {
            slots.claimableUnvalued(agentId, week, opened.channel()).stream()
                    .filter(s -> s.end().isAfter(opened.from()) && s.start().isBefore(opened.to()))
                    .forEach(found::add);
        }
        return found;
    }

    /** Back-to-back slots inside the chosen days and hours, as runs in local time, the short ones left out. */
    static List<Run> runs(List<OpenSlotView> slots, ZoneId zone, NoticeSettings settings) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (OpenSlotView slot : slots) {
            LocalDateTime start = LocalDateTime.ofInstant(slot.start(), zone);
            LocalDateTime end = LocalDateTime.ofInstant(slot.end(), zone);
            if (!settings.covers(start, end)) {
                continue;
            }
            if (current != null && current.end().equals(start)) {
                current = new Run(current.start(), end, Math.min(current.seats(), slot.openSeats()));
            } else {
                if (current != null) {
                    runs.add(current);
                }
                current = new Run(start, end, slot.openSeats());
            }
        }
        if (current != null) {
            runs.add(current);
        }
        return runs.stream()
                .filter(r -> Duration.between(r.start(), r.end()).toMinutes() >= settings.minMinutes())
                .toList();
    }

    private static String title(SeatsOpened opened) {
        return "Open seats on " + opened.channel().clientId() + " "
                + opened.channel().channel();
    }

    private static String text(List<Run> runs) {
        StringBuilder text = new StringBuilder("Seats you may claim now (your local time):");
        runs.stream()
                .limit(LISTED_RUNS)
                .forEach(run -> text.append("\n- ")
                        .append(DAY.format(run.start()))
                        .append(' ')
                        .append(TIME.format(run.start()))
                        .append('–')
                        .append(endOf(run))
                        .append(run.seats() == 1 ? " (1 seat)" : " (" + run.seats() + " seats)"));
        if (runs.size() > LISTED_RUNS) {
            text.append("\n… and ").append(runs.size() - LISTED_RUNS).append(" more");
        }
        return text.toString();
    }

    /** A run that ends at midnight ends at 24:00 of its day, as opening hours are written; one that goes on, on the next day. */
    private static String endOf(Run run) {
        LocalDate day = run.start().toLocalDate();
        if (run.end().toLocalDate().equals(day)) {
            return TIME.format(run.end());
        }
        return run.end().equals(day.plusDays(1).atStartOfDay())
                ? "24:00"
                : DAY.format(run.end()) + " " + TIME.format(run.end());
    }

    /** The agent page, at the week of the first run. */
    private static String link(List<Run> runs) {
        LocalDate day = runs.get(0).start().toLocalDate();
        return "/agent.html?week=" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Seats back to back, in the agent's local time.
     *
     * @param seats the fewest open seats on any of its intervals
     */
    record Run(LocalDateTime start, LocalDateTime end, int seats) {}
}

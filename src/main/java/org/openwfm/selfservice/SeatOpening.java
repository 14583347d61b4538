package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.forecast.ForecastRevised;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.SchedulePublished;
import org.openwfm.shared.time.Weeks;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.RequirementRevised;
import org.openwfm.staffing.StaffingService;
import org.openwfm.staffing.WeekStaffing;

/**
 * Uncovered seats: what a published schedule leaves short of the requirement. Opened when a schedule is
 * published, recomputed when a forecast revision or a planner's adjustment changes the requirement of a published
 * week. Each runs inside the transaction that caused it.
 */
@ApplicationScoped
class SeatOpening {

    @Inject
    ClientDirectory clients;

    @Inject
    StaffingService staffing;

    @Inject
    PublishedWeeks schedules;

    @Inject
    OpenSlotStore slots;

    @Inject
    SeatNews news;

    @Inject
    Clock clock;

    /**
     * The published week starts its seats afresh: every interval of its channels gets required − planned
     * uncovered seats (never below zero), where an agent in a session then (a meeting, coaching, training) is not
     * planned on its channel. What claims and releases did in the schedule it replaces is in its shifts already;
     * seats a planner released there are not carried over.
     */
    void onPublished(@Observes SchedulePublished published) {
        Instant now = clock.instant();
        List<ScheduledShift> planned = schedules.shiftsOf(published.scheduleId());
        List<ScheduledActivity> sessions = schedules.activitiesIn(published.scheduleId());
        List<ClientProfile> planning = published.clientIds().isEmpty()
                ? clients.all()
                : published.clientIds().stream().map(clients::get).toList();
        for (ClientProfile client : planning) {
            for (ChannelProfile channel : client.channels()) {
                ChannelKey key = new ChannelKey(client.id(), channel.channel());
                WeekStaffing week = staffing.weekStaffing(client.id(), channel.channel(), published.weekStart());
                Map<Instant, Integer> agents = agentsPerInterval(planned, sessions, key, week);
                List<SlotRow> rows = new ArrayList<>(week.intervals().size());
                for (IntervalStaffing interval : week.intervals()) {
                    int required = interval.requirement().agentsWithShrinkage();
                    int on = agents.getOrDefault(interval.start(), 0);
                    SeatLedger seats = SeatLedger.opened(SeatLedger.gap(required, on));
                    rows.add(new SlotRow(
                            key, interval.start(), interval.end(), required, on, seats, seats.open() > 0 ? now : null));
                }
                Instant from = week.intervals().get(0).start();
                Instant to = week.intervals().get(week.intervals().size() - 1).end();
                slots.replace(key, from, to, rows, now);
                news.recomputed(key, from, to);
                List<SlotRow> open =
                        rows.stream().filter(r -> r.seats().open() > 0).toList();
                if (!open.isEmpty()) {
                    news.opened(
                            key, open.get(0).start(), open.get(open.size() - 1).end());
                }
            }
        }
    }

    /**
     * A new forecast version: on every published week it touches, intervals whose requirement changed get
     * their uncovered seats recomputed.
     */
    void onForecastRevised(@Observes ForecastRevised revised) {
        recomputeWindows(revised.windows().stream()
                .map(w -> new RequirementRevised.Window(w.clientId(), w.channel(), w.from(), w.to()))
                .toList());
    }

    /** A planner's adjustment made or withdrawn: the same recompute as for a forecast revision. */
    void onRequirementRevised(@Observes RequirementRevised revised) {
        recomputeWindows(revised.windows());
    }

    /**
     * On every published week the windows touch, intervals whose requirement changed get their uncovered seats
     * recomputed. Runs under the publish lock, so a publish of the same week cannot interleave.
     */
    private void recomputeWindows(List<RequirementRevised.Window> windows) {
        schedules.lockPublishing();
        Instant now = clock.instant();
        for (RequirementRevised.Window window : windows) {
            ClientProfile client = clients.get(window.clientId());
            ZoneId zone = ZoneId.of(client.timeZone());
            ChannelKey key = new ChannelKey(client.id(), window.channel());
            for (LocalDate week = Weeks.mondayOf(window.from(), zone);
                    week.atStartOfDay(zone).toInstant().isBefore(window.to());
                    week = week.plusWeeks(1)) {
                if (schedules.covering(week, client.id()).isPresent()) {
                    recompute(key, staffing.weekStaffing(client.id(), window.channel(), week), now);
                }
            }
        }
    }

    private void recompute(ChannelKey key, WeekStaffing week, Instant now) {
        Instant from = week.intervals().get(0).start();
        Instant to = week.intervals().get(week.intervals().size() - 1).end();
        Map<Instant, SlotRow> rows = new HashMap<>();
        slots.lockRows(key, from, to).forEach(row -> rows.put(row.start(), row));
        boolean changed = false;
        // The span of the intervals that gained open seats, for those who want to hear of new ones.
        Instant firstOpened = null;
        Instant lastOpened = null;
        for (IntervalStaffing interval : week.intervals()) {
            SlotRow row = rows.get(interval.start());
            int required = interval.requirement().agentsWithShrinkage();
            if (row == null || row.planned() == null || row.required() == required) {
                continue;
            }
            SeatLedger seats = row.seats().withGap(SeatLedger.gap(required, row.planned()));
            slots.update(row.with(required, seats, now), now);
            changed = true;
            if (seats.open() > row.seats().open()) {
                firstOpened = firstOpened == null ? row.start() : firstOpened;
                lastOpened = row.end();
            }
        }
        if (changed) {
            news.recomputed(key, from, to);
        }
        if (firstOpened != null) {
            news.opened(key, firstOpened, lastOpened);
        }
    }

    /**
     * Whole agents each interval of the channel's week has in the published shifts (breaks are budgeted by shrinkage).
     */
    /** Agents on the channel per interval: on shift, and not in a session then (sessions lie on the grain). */
    private static Map<Instant, Integer> agentsPerInterval(
            List<ScheduledShift> shifts, List<ScheduledActivity> sessions, ChannelKey key, WeekStaffing week) {
        Map<Instant, Integer> agents = new HashMap<>();
        long step = week.intervalMinutes() * 60L;
        shifts.stream().filter(s -> s.channel().equals(key)).forEach(shift -> {
            for (Instant t = shift.start(); t.isBefore(shift.end()); t = t.plusSeconds(step)) {
                Instant from = t;
                Instant to = t.plusSeconds(step);
                boolean away = sessions.stream()
                        .anyMatch(session -> session.attends(shift.agentId()) && session.overlaps(from, to));
                if (!away) {
                    agents.merge(t, 1, Integer::sum);
                }
            }
        });
        return agents;
    }
}

package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSeatsRequest;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;

/** Open seats as planners see them, and the extra hours they release for self-scheduling. */
@ApplicationScoped
public class OpenSlotService {

    @Inject
    ClientDirectory clients;

    @Inject
    PublishedWeeks published;

    @Inject
    OpenSlotStore slots;

    @Inject
    SlotValuer valuer;

    @Inject
    SelfServiceLog log;

    @Inject
    SeatNews news;

    @Inject
    Clock clock;

    /**
     * Every interval with open seats (with {@code includeFilled}, every interval that has seats at all) in
     * each client's week of {@code weekStart}, optionally for one client or channel.
     */
    @Transactional
    public List<OpenSlotView> list(LocalDate weekStart, String clientId, Channel channel, boolean includeFilled) {
        List<ClientProfile> listed = clientId == null ? clients.all() : List.of(clients.require(clientId));
        List<OpenSlotView> views = new ArrayList<>();
        for (ClientProfile client : listed) {
            ZoneId zone = ZoneId.of(client.timeZone());
            Instant from = weekStart.atStartOfDay(zone).toInstant();
            Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
            for (ChannelProfile rules : client.channels()) {
                if (channel != null && rules.channel() != channel) {
                    continue;
                }
                ChannelKey key = new ChannelKey(client.id(), rules.channel());
                List<SlotRow> rows = includeFilled ? slots.rows(key, from, to) : slots.openRows(key, from, to);
                if (!rows.isEmpty()) {
                    SlotValues values = valuer.load(key, zone, from, to);
                    rows.forEach(row -> views.add(values.view(row)));
                }
            }
        }
        return views;
    }

    /**
     * Adds {@code seats} open seats to every interval of the range. The week needs a published schedule for
     * the client to claim into; when it has none, an empty one is published. Runs under the publish lock.
     */
    @Transactional
    public List<OpenSlotView> open(OpenSeatsRequest request, String username) {
        ClientProfile client = clients.require(request.clientId());
        SlotRange range = SlotRange.parse(client, request.channel(), request.start(), request.end());
        Instant now = clock.instant();
        TimeSpan span = range.span();
        if (!span.start().isAfter(now)) {
            throw ProblemException.invalidField("start", "must lie in the future");
        }
        ClaimRule.closedAt(range.terms(Map.of()), range.intervals()).ifPresent(reason -> {
            throw ProblemException.rulesBroken(
                    "The release of seats", List.of(Violation.ofRule(ClaimRule.OPENING_HOURS.ruleName(), reason)));
        });
        published.lockPublishing();
        if (published.covering(range.weekStart(), client.id()).isEmpty()) {
            published.openEmpty(range.weekStart(), client.id(), username);
        }
        long step = range.rules().intervalMinutes() * 60L;
        range.intervals().forEach(t -> slots.release(range.channel(), t, t.plusSeconds(step), request.seats(), now));
        log.append(LogEntry.of(
                username,
                null,
                LogAction.OPEN,
                LogOutcome.DONE,
                client.id(),
                request.channel(),
                span.start(),
                span.end(),
                request.seats(),
                Duration.between(span.start(), span.end()).toMinutes(),
                null,
                null,
                request.reason()));
        news.opened(range.channel(), span);
        SlotValues values = valuer.load(range.channel(), range.clientZone(), span.start(), span.end());
        return slots.rows(range.channel(), span.start(), span.end()).stream()
                .map(values::view)
                .toList();
    }
}

package org.openwfm.selfservice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;

/** The claims an agent could make in one run of open intervals of one client channel's week. */
final class ClaimOffer {

    /** What a claim skips, and the shortest shift: a slot shorter than it may still join the agent's shift. */
    private static final Set<ClaimRule> SKIPPED = Stream.concat(
                    ClaimRule.TRADE_ONLY.stream(), Stream.of(ClaimRule.MIN_SHIFT_LENGTH))
            .collect(Collectors.toUnmodifiableSet());

    /** An offered interval, and the shift the widest claim holding it would make. */
    record Claimable(SlotRow row, TimeSpan merged) {}

    private final ClaimContext.Claimant claimant;
    private final SlotRange week;
    private final long scheduleId;
    private final List<SlotRow> run;
    private final List<Shift> own;
    private final List<ScheduledActivity> sessions;
    private final Instant now;
    private final int claimCutoffMinutes;
    private final Map<Instant, Instant> openedAt = new HashMap<>();

    ClaimOffer(
            ClaimContext.Claimant claimant,
            ClientProfile client,
            ChannelKey channel,
            long scheduleId,
            List<SlotRow> run,
            List<Shift> own,
            List<ScheduledActivity> sessions,
            Instant now,
            int claimCutoffMinutes) {
        ZoneId clientZone = ZoneId.of(client.timeZone());
        TimeSpan span = new TimeSpan(run.get(0).start(), run.get(run.size() - 1).end());
        this.week = new SlotRange(
                channel,
                client.channel(channel.channel()).orElseThrow(),
                clientZone,
                span,
                Weeks.mondayOf(span.start(), clientZone));
        this.claimant = claimant;
        this.scheduleId = scheduleId;
        this.run = run;
        this.own = own;
        this.sessions = sessions;
        this.now = now;
        this.claimCutoffMinutes = claimCutoffMinutes;
        run.forEach(row -> openedAt.put(row.start(), row.openedAt()));
    }

    List<Claimable> offered() {
        List<Instant> ends = own.stream()
                .filter(this::sameWeekShift)
                .map(s -> s.shift().end())
                .toList();
        List<Instant> starts = own.stream()
                .filter(this::sameWeekShift)
                .map(s -> s.shift().start())
                .toList();
        TimeSpan span = week.span();
        List<Claimable> offered = new ArrayList<>();
        for (SlotRow row : run) {
            // The interval alone, or stretched back to a shift ending in this run, or on to one starting in it, or
            // both.
            Instant from = ends.stream()
                    .filter(e -> !e.isBefore(span.start()) && !e.isAfter(row.start()))
                    .max(Comparator.naturalOrder())
                    .orElse(row.start());
            Instant to = starts.stream()
                    .filter(t -> !t.isAfter(span.end()) && !t.isBefore(row.end()))
                    .min(Comparator.naturalOrder())
                    .orElse(row.end());
            List<TimeSpan> candidates = List.of(
                    new TimeSpan(from, to),
                    new TimeSpan(from, row.end()),
                    new TimeSpan(row.start(), to),
                    new TimeSpan(row.start(), row.end()));
            candidates.stream()
                    .distinct()
                    .map(this::passing)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(merged -> offered.add(new Claimable(row, merged)));
        }
        return offered;
    }

    private boolean sameWeekShift(Shift own) {
        return own.scheduleId() == scheduleId && own.shift().channel().equals(week.channel());
    }

    /** The shift a claim of the range would make, when it passes every rule but the shortest shift. */
    private Optional<TimeSpan> passing(TimeSpan range) {
        ClaimShape shape = ClaimShape.of(own, week.channel(), scheduleId, range);
        Map<Instant, Instant> opened = new HashMap<>(openedAt);
        opened.keySet().removeIf(t -> t.isBefore(range.start()) || !t.isBefore(range.end()));
        ClaimContext context = new ClaimContext(
                now, claimant, week.terms(opened), range, shape.merged(), shape.others(), sessions, claimCutoffMinutes);
        return ClaimRule.broken(context, SKIPPED).isEmpty() ? Optional.of(shape.merged()) : Optional.empty();
    }
}

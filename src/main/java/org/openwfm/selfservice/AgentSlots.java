package org.openwfm.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.openwfm.client.Client;
import org.openwfm.client.ClientRepository;
import org.openwfm.roster.Span;
import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.roster.job.Schedule;
import org.openwfm.roster.job.ScheduleShiftRecord;
import org.openwfm.roster.job.ScheduleStore;
import org.openwfm.roster.job.ShiftStore;
import org.openwfm.selfservice.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.Agent;

/**
 * The open slots one agent may claim now, in the agent's week: each interval must pass every claim rule
 * as a claim of its own, except the shortest shift, which is judged on the run of claimable intervals
 * it belongs to (with the agent's touching shifts): a run too short for a shift is left out.
 */
@ApplicationScoped
class AgentSlots {

    @Inject
    Claimants claimants;

    @Inject
    ClientRepository clients;

    @Inject
    ScheduleStore schedules;

    @Inject
    ShiftStore shifts;

    @Inject
    OpenSlotStore slots;

    @Inject
    SlotValuer valuer;

    @Inject
    ReliabilityRecords reliability;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /** @param weekStart the Monday of the week in the agent's zone */
    @Transactional
    List<OpenSlotView> claimable(String agentId, LocalDate weekStart) {
        Agent agent = claimants.find(agentId);
        ZoneId zone = ZoneId.of(agent.timeZone);
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        ClaimContext.Claimant claimant = Claimants.claimant(agent, reliability.of(agentId, now));
        List<ScheduleShiftRecord> own = shifts.publishedOfAgent(agentId, from.minus(ClaimService.AROUND), to.plus(ClaimService.AROUND));
        List<OpenSlotView> views = new ArrayList<>();
        for (ChannelKey channel : claimant.certified().stream().sorted(Comparator.comparing(ChannelKey::toString)).toList()) {
            Optional<Client> client = clients.findByIdOptional(channel.clientId());
            if (client.isEmpty() || client.get().channel(channel.channel()).isEmpty()) {
                continue;
            }
            List<SlotRow> open = slots.openRows(channel, from, to);
            if (open.isEmpty()) {
                continue;
            }
            List<Claimable> passing = passing(claimant, client.get(), channel, open, own, now);
            SlotValues values = valuer.load(channel, ZoneId.of(client.get().timeZone), from, to);
            longEnoughRuns(passing, Math.round(agent.contract.minShiftHours * 60)).forEach(c -> views.add(values.view(c.row())));
        }
        views.sort(Comparator.comparing(OpenSlotView::start).thenComparing(OpenSlotView::clientId));
        return views;
    }

    /** An open interval that passes the rules, and the shift claiming it alone would make. */
    private record Claimable(SlotRow row, Span merged) {
    }

    private List<Claimable> passing(ClaimContext.Claimant claimant, Client client, ChannelKey channel, List<SlotRow> open,
            List<ScheduleShiftRecord> own, Instant now) {
        ZoneId clientZone = ZoneId.of(client.timeZone);
        Map<LocalDate, Optional<Schedule>> weeks = new HashMap<>();
        List<Claimable> passing = new ArrayList<>();
        for (SlotRow row : open) {
            Optional<Schedule> schedule = weeks.computeIfAbsent(Weeks.mondayOf(row.start(), clientZone),
                    week -> schedules.publishedCovering(week, client.id));
            if (schedule.isEmpty()) {
                continue;
            }
            SlotRange range = new SlotRange(channel, client.channel(channel.channel()).orElseThrow(), clientZone,
                    new Span(row.start(), row.end()), Weeks.mondayOf(row.start(), clientZone));
            ClaimShape shape = ClaimShape.of(own, channel, schedule.get().id, range.span());
            ClaimContext context = new ClaimContext(now, claimant, range.terms(Map.of(row.start(), row.openedAt())), range.span(),
                    shape.merged(), shape.others(), config.selfService().claimCutoffMinutes());
            if (ClaimRule.broken(context, Set.of(ClaimRule.MIN_SHIFT_LENGTH)).isEmpty()) {
                passing.add(new Claimable(row, shape.merged()));
            }
        }
        return passing;
    }

    /** Keeps the runs of back-to-back intervals whose shift (with touching own shifts) reaches the minimum length. */
    private static List<Claimable> longEnoughRuns(List<Claimable> passing, long minimumMinutes) {
        List<Claimable> kept = new ArrayList<>();
        List<Claimable> run = new ArrayList<>();
        for (int i = 0; i <= passing.size(); i++) {
            Claimable next = i < passing.size() ? passing.get(i) : null;
            if (!run.isEmpty() && (next == null || !next.row().start().equals(run.get(run.size() - 1).row().end()))) {
                Instant start = run.stream().map(c -> c.merged().start()).min(Comparator.naturalOrder()).orElseThrow();
                Instant end = run.stream().map(c -> c.merged().end()).max(Comparator.naturalOrder()).orElseThrow();
                if (Duration.between(start, end).toMinutes() >= minimumMinutes) {
                    kept.addAll(run);
                }
                run.clear();
            }
            if (next != null) {
                run.add(next);
            }
        }
        return kept;
    }
}

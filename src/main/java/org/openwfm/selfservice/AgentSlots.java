package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.openwfm.client.ChannelKey;
import org.openwfm.client.Client;
import org.openwfm.client.ClientRepository;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.PublishedWeeks.Week;
import org.openwfm.selfservice.rest.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.Agent;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.contract.AgentShifts;
import org.openwfm.workforce.contract.ContractRule;

/**
 * The open slots one agent may claim now, in the agent's week. Open intervals are taken in runs
 * (back to back, in one week of the client); an interval is offered when some claim holding it passes
 * every claim rule but the shortest shift: the interval alone, or the stretch from it to a shift of the
 * agent it would extend. The shortest shift is then judged on each run of offered intervals, with the
 * shifts they extend: a run too short for a shift is left out.
 */
@ApplicationScoped
public class AgentSlots {

    @Inject
    Claimants claimants;

    @Inject
    ClientRepository clients;

    @Inject
    PublishedWeeks published;

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
    public List<OpenSlotView> claimable(String agentId, LocalDate weekStart) {
        Agent agent = claimants.find(agentId);
        ZoneId zone = ZoneId.of(agent.timeZone);
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        ClaimContext.Claimant claimant = Claimants.claimant(agent, reliability.of(agentId, now));
        List<Shift> own =
                published.shiftsOfAgent(agentId, from.minus(ClaimService.AROUND), to.plus(ClaimService.AROUND));
        List<OpenSlotView> views = new ArrayList<>();
        for (ChannelKey channel : claimant.certified().stream()
                .sorted(Comparator.comparing(ChannelKey::toString))
                .toList()) {
            Optional<Client> client = clients.findByIdOptional(channel.clientId());
            if (client.isEmpty() || client.get().channel(channel.channel()).isEmpty()) {
                continue;
            }
            ZoneId clientZone = ZoneId.of(client.get().timeZone);
            List<SlotRow> open = slots.openRows(channel, from, to);
            if (open.isEmpty()) {
                continue;
            }
            SlotValues values = valuer.load(channel, clientZone, from, to);
            for (List<SlotRow> run : runs(open, clientZone)) {
                Optional<Week> schedule =
                        published.covering(Weeks.mondayOf(run.get(0).start(), clientZone), client.get().id);
                if (schedule.isPresent()) {
                    Offer offer = new Offer(
                            claimant, client.get(), channel, schedule.get().scheduleId(), run, own, now);
                    longEnough(offer.offered(), zone, claimant.terms()).forEach(c -> views.add(values.view(c.row())));
                }
            }
        }
        views.sort(Comparator.comparing(OpenSlotView::start).thenComparing(OpenSlotView::clientId));
        return views;
    }

    /** Back-to-back open intervals, cut where the client's week changes (a claim stays inside one). */
    private static List<List<SlotRow>> runs(List<SlotRow> open, ZoneId clientZone) {
        List<List<SlotRow>> runs = new ArrayList<>();
        for (SlotRow row : open) {
            List<SlotRow> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            SlotRow previous = last == null ? null : last.get(last.size() - 1);
            if (previous != null
                    && previous.end().equals(row.start())
                    && Weeks.mondayOf(previous.start(), clientZone).equals(Weeks.mondayOf(row.start(), clientZone))) {
                last.add(row);
            } else {
                runs.add(new ArrayList<>(List.of(row)));
            }
        }
        return runs;
    }

    /** An offered interval, and the shift the widest claim holding it would make. */
    private record Claimable(SlotRow row, TimeSpan merged) {}

    /** The claims an agent could make in one run of open intervals of one client channel's week. */
    private final class Offer {
        private final ClaimContext.Claimant claimant;
        private final SlotRange week;
        private final long scheduleId;
        private final List<SlotRow> run;
        private final List<Shift> own;
        private final Instant now;
        private final Map<Instant, Instant> openedAt = new HashMap<>();

        Offer(
                ClaimContext.Claimant claimant,
                Client client,
                ChannelKey channel,
                long scheduleId,
                List<SlotRow> run,
                List<Shift> own,
                Instant now) {
            ZoneId clientZone = ZoneId.of(client.timeZone);
            TimeSpan span =
                    new TimeSpan(run.get(0).start(), run.get(run.size() - 1).end());
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
            this.now = now;
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
                    now,
                    claimant,
                    week.terms(opened),
                    range,
                    shape.merged(),
                    shape.others(),
                    config.selfService().claimCutoffMinutes());
            return ClaimRule.broken(context, Set.of(ClaimRule.MIN_SHIFT_LENGTH)).isEmpty()
                    ? Optional.of(shape.merged())
                    : Optional.empty();
        }
    }

    /** Keeps the back-to-back offered intervals whose shift (with the shifts they extend) reaches the minimum length. */
    private static List<Claimable> longEnough(List<Claimable> offered, ZoneId zone, ContractTerms terms) {
        List<Claimable> kept = new ArrayList<>();
        List<Claimable> run = new ArrayList<>();
        for (int i = 0; i <= offered.size(); i++) {
            Claimable next = i < offered.size() ? offered.get(i) : null;
            if (!run.isEmpty()
                    && (next == null
                            || !next.row()
                                    .start()
                                    .equals(run.get(run.size() - 1).row().end()))) {
                Instant start = run.stream()
                        .map(c -> c.merged().start())
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                Instant end = run.stream()
                        .map(c -> c.merged().end())
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                if (ContractRule.MIN_SHIFT_LENGTH
                        .breaches(AgentShifts.alone(zone, new TimeSpan(start, end)), terms)
                        .isEmpty()) {
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

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
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.schedule.PublishedWeeks.Week;
import org.openwfm.selfservice.api.SelfServiceViews.OpenSlotView;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;
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
    ClientDirectory clients;

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
        return claimable(agentId, weekStart, channel -> true);
    }

    /**
     * The same slots, on one client channel only and without their value ({@code expectedTalkMinutes} and
     * {@code serviceLevelGain} are null): what a notice of seats opened there may offer. Leaving out the staffing
     * math, which is the same for every agent, keeps telling a thousand agents cheap.
     *
     * @param weekStart the Monday of the week in the agent's zone
     */
    @Transactional
    public List<OpenSlotView> claimableUnvalued(String agentId, LocalDate weekStart, ChannelKey only) {
        return claimable(agentId, weekStart, only::equals, false);
    }

    private List<OpenSlotView> claimable(String agentId, LocalDate weekStart, Predicate<ChannelKey> wanted) {
        return claimable(agentId, weekStart, wanted, true);
    }

    private List<OpenSlotView> claimable(
            String agentId, LocalDate weekStart, Predicate<ChannelKey> wanted, boolean valued) {
        AgentProfile agent = claimants.find(agentId);
        ZoneId zone = ZoneId.of(agent.timeZone());
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        ClaimContext.Claimant claimant = Claimants.claimant(agent, reliability.of(agentId, now));
        List<Shift> own =
                published.shiftsOfAgent(agentId, from.minus(ClaimService.AROUND), to.plus(ClaimService.AROUND));
        // Hours in the agent's sessions are never offered: a claim of them would be refused.
        List<ScheduledActivity> sessions = published.activitiesOf(agentId, from, to);
        List<OpenSlotView> views = new ArrayList<>();
        for (ChannelKey channel : claimant.certified().stream()
                .filter(wanted)
                .sorted(Comparator.comparing(ChannelKey::toString))
                .toList()) {
            Optional<ClientProfile> client = clients.find(channel.clientId());
            if (client.isEmpty() || client.get().channel(channel.channel()).isEmpty()) {
                continue;
            }
            ZoneId clientZone = ZoneId.of(client.get().timeZone());
            List<SlotRow> open = slots.openRows(channel, from, to);
            if (open.isEmpty()) {
                continue;
            }
            SlotValues values = valued ? valuer.load(channel, clientZone, from, to) : SlotValues.NONE;
            for (List<SlotRow> run : runs(open, clientZone)) {
                Optional<Week> schedule = published.covering(
                        Weeks.mondayOf(run.get(0).start(), clientZone),
                        client.get().id());
                if (schedule.isPresent()) {
                    ClaimOffer offer = new ClaimOffer(
                            claimant,
                            client.get(),
                            channel,
                            schedule.get().scheduleId(),
                            run,
                            own,
                            sessions,
                            now,
                            config.selfService().claimCutoffMinutes());
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

    /**
     * Keeps the back-to-back offered intervals whose shift (with the shifts they extend) reaches the minimum length.
     */
    private static List<ClaimOffer.Claimable> longEnough(
            List<ClaimOffer.Claimable> offered, ZoneId zone, ContractTerms terms) {
        List<ClaimOffer.Claimable> kept = new ArrayList<>();
        List<ClaimOffer.Claimable> run = new ArrayList<>();
        for (int i = 0; i <= offered.size(); i++) {
            ClaimOffer.Claimable next = i < offered.size() ? offered.get(i) : null;
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
